import { describe, expect, it } from "vitest";
import { parseIsoDay } from "@/lib/dates";
import { isOnStep, stepById, stepPosition, viewOfStep } from "@/lib/story/steps";
import { resolveView, serializeView } from "@/lib/view/state";
import { indexedFixture, storyFixture } from "../fixtures";

const index = storyFixture();
const d = (iso: string) => parseIsoDay(iso)!;
const step = (id: string) => stepById(index, id)!;

describe("story steps as views", () => {
  it("finds steps by id and position, and nothing for unknown ids or a dataset without a story", () => {
    expect(stepById(index, "summit")?.title).toBe("The summit");
    expect(stepPosition(index, step("hope").id)).toBe(2);
    expect(stepById(index, "nope")).toBeUndefined();
    expect(stepById(index, null)).toBeUndefined();
    expect(stepById(indexedFixture(), "summit")).toBeUndefined();
  });

  it("opens a step's whole view, with the dataset's defaults for what the step leaves out", () => {
    expect(viewOfStep(step("summit"), index)).toEqual({
      from: d("2024-12-01"),
      to: d("2024-12-31"),
      themes: [],
      actor: "north",
      event: "summit",
      tie: null,
      step: "summit",
      compare: null,
    });
    expect(viewOfStep(step("hope"), index)).toMatchObject({ from: index.defaultWindow.from, to: index.defaultWindow.to, themes: ["alpha"], tie: "leader-hope", actor: null });
  });

  it("says the view left the step once any part of it changes, and not for the same themes in another order", () => {
    const view = viewOfStep(step("summit"), index);
    expect(isOnStep(view, index)).toBe(true);
    expect(isOnStep({ ...view, to: view.to - 1 }, index)).toBe(false);
    expect(isOnStep({ ...view, actor: null }, index)).toBe(false);
    expect(isOnStep({ ...view, themes: ["beta" as never] }, index)).toBe(false);
    const hope = viewOfStep(step("hope"), index);
    expect(isOnStep({ ...hope, themes: [...hope.themes] }, index)).toBe(true);
    expect(isOnStep({ ...view, step: null }, index)).toBe(false);
  });

  it("opens a step from a link that names only the step, and keeps the reader's view when the URL holds one", () => {
    expect(resolveView({ step: "summit" }, index)).toEqual(viewOfStep(step("summit"), index));
    const left = resolveView({ step: "summit", from: "2024-11-01", to: "2024-12-31" }, index);
    expect(left).toMatchObject({ step: "summit", from: d("2024-11-01"), actor: null });
    expect(isOnStep(left, index)).toBe(false);
    expect(resolveView({ step: "nope" }, index).step).toBeNull();
  });

  it("writes the window of a step view even when it is the default, so the link does not reopen the step's own", () => {
    const hope = viewOfStep(step("hope"), index);
    const params = serializeView(hope, index);
    expect(params).toMatchObject({ step: "hope", from: "2024-10-01", to: "2025-01-31", themes: "alpha", tie: "leader-hope" });
    const wandered = { ...hope, tie: null };
    expect(resolveView(serializeView(wandered, index), index)).toEqual(wandered);
  });
});
