// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { BinsView } from "@/components/timeline/BinsView";
import type { ThemeId } from "@/lib/dataset/ids";
import { parseIsoDay } from "@/lib/dates";
import { binEvents } from "@/lib/timeline/bins";
import type { Lane } from "@/lib/timeline/lanes";
import { timeScale } from "@/lib/timeline/scale";
import { BIN_UNITS } from "@/lib/timeline/units";

const day = (iso: string) => parseIsoDay(iso)!;
const month = BIN_UNITS.find((u) => u.kind === "month" && u.step === 1)!;
const lanes: Lane[] = [{ id: "a" as ThemeId, label: "A", color: "#112233" }];
const events = ["2024-01-20", "2024-02-10", "2024-02-11", "2024-03-05"].map((d) => ({ start: day(d), end: day(d), lane: 0 }));

/** The bins of a window as the detail view would pass them. */
function view(from: string, to: string) {
  const scale = timeScale(day(from), day(to), 900);
  return { scale, bins: binEvents(events, scale.from, scale.end - 1, month, (e) => e.lane, 1) };
}

const names = () => screen.getAllByRole("button").map((b) => b.getAttribute("aria-label"));

describe("BinsView while the window moves", () => {
  it("holds the buttons of the burst's first step and marks the layer as moving; at rest the buttons follow", () => {
    const onNarrow = vi.fn();
    const full = view("2024-01-01", "2024-03-31");
    const props = { lanes, laneHeight: 20, onNarrow };
    const { rerender } = render(<BinsView {...full} {...props} moving={false} />);
    const before = names();
    expect(before).toEqual(["1 events, 2024-01-01 to 2024-01-31", "2 events, 2024-02-01 to 2024-02-29", "1 events, 2024-03-01 to 2024-03-31"]);

    rerender(<BinsView {...full} {...props} moving />);
    rerender(<BinsView {...view("2024-01-01", "2024-02-29")} {...props} moving />);
    expect(names()).toEqual(before);
    expect(screen.getByRole("group", { name: "Events by period" }).hasAttribute("data-moving")).toBe(true);

    rerender(<BinsView {...view("2024-01-01", "2024-02-29")} {...props} moving={false} />);
    expect(names()).toEqual(["1 events, 2024-01-01 to 2024-01-31", "2 events, 2024-02-01 to 2024-02-29"]);
    expect(screen.getByRole("group", { name: "Events by period" }).hasAttribute("data-moving")).toBe(false);
  });
});
