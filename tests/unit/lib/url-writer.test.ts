import { describe, expect, it } from "vitest";
import { readViewParams, shapedViewParams, withShownDataset, withViewParams } from "@/lib/view/url";
import { createUrlWriter, type HistoryMode } from "@/lib/view/urlWriter";
import { fakeClock } from "../fakeClock";

/** A writer on a fake clock: `advance` moves time and fires due timers. */
function harness(intervalMs = 1000, restMs = 150) {
  const clock = fakeClock();
  const writes: Array<{ at: number; search: string; mode: HistoryMode }> = [];
  const writer = createUrlWriter({ intervalMs, restMs, ...clock, write: (search, mode) => writes.push({ at: clock.now(), search, mode }) });
  return { writer, writes, advance: clock.advance };
}

describe("URL writer", () => {
  it("writes a scrub of 110 frames at one step each at most once per interval, and its last step when it rests", () => {
    const { writer, writes, advance } = harness(1000, 150);
    for (let step = 0; step < 110; step++) {
      writer.request(`?to=${step}`, step === 0 ? "push" : "replace");
      advance(1000 / 60);
    }
    const during = writes.length;
    const gaps = writes.slice(1).map((w, i) => w.at - writes[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000 - 1e-9);
    expect(during).toBeLessThanOrEqual(3);
    expect(writes.at(-1)!.search).not.toBe("?to=109");
    advance(150);
    expect(writes).toHaveLength(during + 1);
    expect(writes.at(-1)!.search).toBe("?to=109");
    expect(writes.at(-1)!.at).toBeCloseTo((109 * 1000) / 60 + 150, 6);
    // One history entry for the gesture: the first write pushes, every later one replaces it.
    expect(writes.map((w) => w.mode)).toEqual(["push", ...Array(writes.length - 1).fill("replace")]);
  });

  it("builds a query string given as a function only when it writes it, and skips one that says what the URL says", () => {
    const { writer, writes, advance } = harness(1000, 150);
    let builds = 0;
    const lazy = (search: string) => () => {
      builds++;
      return search;
    };
    writer.request(lazy("?to=0"), "push");
    for (let step = 1; step < 110; step++) {
      writer.request(lazy(`?to=${step}`), "replace");
      advance(1000 / 60);
    }
    advance(150);
    expect(writes.at(-1)!.search).toBe("?to=109");
    expect(writes.length).toBeLessThanOrEqual(4);
    expect(builds).toBe(writes.length);
    // Back where the URL is: built to compare, not written.
    writer.request(lazy("?to=109"), "replace");
    advance(1000);
    expect(builds).toBe(writes.length + 1);
    expect(writes.at(-1)!.search).toBe("?to=109");
    expect(writes.filter((w) => w.search === "?to=109")).toHaveLength(1);
  });

  it("writes a change at once when the last write is an interval old", () => {
    const { writer, writes, advance } = harness(1000, 150);
    writer.request("?to=1", "push");
    advance(1200);
    writer.request("?to=2", "replace");
    expect(writes.map((w) => w.search)).toEqual(["?to=1", "?to=2"]);
  });

  it("writes a lone change at once", () => {
    const { writer, writes } = harness();
    writer.request("?actor=x", "push");
    expect(writes).toEqual([{ at: 0, search: "?actor=x", mode: "push" }]);
  });

  it("writes what a gesture left pending before the push of the next action, so each entry keeps its own state", () => {
    const { writer, writes, advance } = harness();
    writer.request("?to=1", "push");
    advance(10);
    writer.request("?to=2", "replace");
    advance(10);
    writer.request("?to=2&actor=x", "push");
    expect(writes.map((w) => [w.search, w.mode])).toEqual([
      ["?to=1", "push"],
      ["?to=2", "replace"],
      ["?to=2&actor=x", "push"],
    ]);
    advance(500);
    expect(writes).toHaveLength(3);
  });

  it("skips a replace that would write the same query string again, and forgets what is pending on cancel", () => {
    const { writer, writes, advance } = harness();
    writer.request("?to=1", "push");
    advance(1000);
    writer.request("?to=1", "replace");
    expect(writes).toHaveLength(1);
    writer.request("?to=2", "replace");
    writer.request("?to=3", "replace");
    expect(writes).toHaveLength(2);
    writer.cancel();
    advance(2000);
    expect(writes.map((w) => w.search)).toEqual(["?to=1", "?to=2"]);
  });
});

describe("view parameters in a query string", () => {
  it("sets and removes the view's parameters and keeps the others, with readable commas", () => {
    const search = withViewParams("?dataset=d&from=2024-01-01&utm=x", {
      from: null,
      to: "2024-12-31",
      themes: "a,b",
      actor: "azerbaijan",
      event: null,
      tie: null,
      step: "malta",
      compare: "2024-01-01..2024-02-29",
    });
    expect(search).toBe("?dataset=d&utm=x&to=2024-12-31&themes=a,b&actor=azerbaijan&step=malta&compare=2024-01-01..2024-02-29");
    expect(readViewParams(search)).toEqual({ from: null, to: "2024-12-31", themes: "a,b", actor: "azerbaijan", event: null, tie: null, step: "malta", compare: "2024-01-01..2024-02-29" });
  });

  it("gives an empty string when nothing is left", () => {
    expect(withViewParams("?actor=x&step=y", { from: null, to: null, themes: null, actor: null, event: null, tie: null, step: null, compare: null })).toBe("");
  });
});

describe("withShownDataset", () => {
  it("names the dataset shown in place of an unknown or malformed one, keeping the other parameters", () => {
    expect(withShownDataset("?dataset=no-such-dataset&actor=azerbaijan&themes=a,b", "azerbaijan-us-2025")).toBe("?dataset=azerbaijan-us-2025&actor=azerbaijan&themes=a,b");
    expect(withShownDataset("?from=2025-01-01&dataset=..%2F..%2Fetc%2Fpasswd", "azerbaijan-us-2025")).toBe("?from=2025-01-01&dataset=azerbaijan-us-2025");
  });
  it("leaves a URL that names the dataset shown, or none, as it is", () => {
    expect(withShownDataset("?dataset=local-my-notes&actor=x", "local-my-notes")).toBeNull();
    expect(withShownDataset("?actor=azerbaijan", "azerbaijan-us-2025")).toBeNull();
    expect(withShownDataset("", "azerbaijan-us-2025")).toBeNull();
  });
});

describe("shapedViewParams", () => {
  it("keeps values shaped like days and ids and drops everything else", () => {
    expect(
      shapedViewParams({
        from: "<script>alert(1)</script>",
        to: "2024-12-31",
        themes: "a,b-c",
        actor: "<img src=x onerror=alert(1)>",
        event: "summit",
        tie: ["x", "y"],
        step: "\"><svg onload=alert(1)>",
        compare: "2024-01-01..<b>",
      }),
    ).toEqual({ from: null, to: "2024-12-31", themes: "a,b-c", actor: null, event: "summit", tie: null, step: null, compare: null });
    expect(shapedViewParams({ compare: "2024-12-01..2024-12-31" }).compare).toBe("2024-12-01..2024-12-31");
    expect(shapedViewParams({ step: "the-break" }).step).toBe("the-break");
    expect(shapedViewParams({ themes: "a,<b>" }).themes).toBeNull();
  });
});
