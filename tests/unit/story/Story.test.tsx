// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Story } from "@/components/story/Story";
import { stepById, viewOfStep } from "@/lib/story/steps";
import { STEP_TRANSITION_MS } from "@/lib/story/transition";
import { renderInDashboard } from "../dashboardHarness";
import { storyFixture } from "../fixtures";

const index = storyFixture();
const story = index.dataset.story!;

function setup(raw = {}) {
  const rendered = renderInDashboard(<Story story={story} />, index, raw);
  const kinds: string[] = [];
  rendered.store.listen((_s, _p, kind) => kinds.push(kind));
  return { ...rendered, kinds };
}

/** Runs the step transition's animation frames to their end. */
function finishTransition() {
  act(() => vi.advanceTimersByTime(STEP_TRANSITION_MS + 100));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["requestAnimationFrame", "cancelAnimationFrame", "performance", "setTimeout", "clearTimeout"] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("Story region", () => {
  it("without a step shows the story's title, and Next step opens step 1 with its whole view", () => {
    const { view, kinds } = setup();
    const region = screen.getByRole("region", { name: "Story" });
    expect(region).toHaveTextContent("How the north turned");
    expect(screen.getByRole("button", { name: "Previous step" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Next step" }));
    finishTransition();
    expect(view()).toEqual(viewOfStep(stepById(index, "autumn")!, index));
    expect(screen.getByRole("heading", { name: "Autumn" })).toBeInTheDocument();
    expect(region).toHaveTextContent("Step 1 of 3");
    // The animation is one history entry: the first change pushes, the rest replace it.
    expect(kinds[0]).toBe("discrete");
    expect(kinds.slice(1).every((kind) => kind === "continuous")).toBe(true);
    expect(kinds.length).toBeGreaterThan(2);
  });

  it("slides the window through intermediate days before landing on the step", () => {
    const { view } = setup({ step: "autumn" });
    const target = viewOfStep(stepById(index, "summit")!, index);
    const start = view();
    fireEvent.click(screen.getByRole("button", { name: "Next step" }));
    expect(view().actor).toBe("north");
    act(() => vi.advanceTimersByTime(STEP_TRANSITION_MS / 2));
    expect(view().from).toBeGreaterThan(start.from);
    expect(view().from).toBeLessThan(target.from);
    finishTransition();
    expect(view()).toEqual(target);
  });

  it("moves with ←/→ when the region has focus, and stops at the ends", () => {
    const { view } = setup({ step: "summit" });
    const region = screen.getByRole("region", { name: "Story" });
    region.focus();
    fireEvent.keyDown(region, { key: "ArrowRight" });
    finishTransition();
    expect(view()).toEqual(viewOfStep(stepById(index, "hope")!, index));
    expect(screen.getByRole("button", { name: "Next step" })).toBeDisabled();
    fireEvent.keyDown(region, { key: "ArrowRight" });
    finishTransition();
    expect(view().step).toBe("hope");
    fireEvent.keyDown(screen.getByRole("button", { name: "Previous step" }), { key: "ArrowLeft" });
    finishTransition();
    expect(view()).toEqual(viewOfStep(stepById(index, "summit")!, index));
  });

  it("says the view has left the step after a change by hand, and Return to step restores it", () => {
    const { store, view } = setup({ step: "summit" });
    expect(screen.queryByText(/changed the view/)).toBeNull();
    act(() => store.setView((v) => ({ ...v, actor: null })));
    expect(screen.getByRole("status")).toHaveTextContent("You have changed the view since this step.");
    fireEvent.click(screen.getByRole("button", { name: "Return to step" }));
    finishTransition();
    expect(view()).toEqual(viewOfStep(stepById(index, "summit")!, index));
    expect(screen.queryByText(/changed the view/)).toBeNull();
  });

  it("stops the slide where it is when the reader changes the view during it", () => {
    const { store, view } = setup({ step: "autumn" });
    fireEvent.click(screen.getByRole("button", { name: "Next step" }));
    act(() => vi.advanceTimersByTime(STEP_TRANSITION_MS / 3));
    act(() => store.setView((v) => ({ ...v, to: v.to + 1 })));
    const mine = view();
    finishTransition();
    expect(view()).toBe(mine);
  });

  it("Leave story drops the step and keeps the view", () => {
    const { view } = setup({ step: "summit" });
    const before = view();
    fireEvent.click(screen.getByRole("button", { name: "Leave story" }));
    expect(view()).toEqual({ ...before, step: null });
    expect(screen.getByRole("heading", { name: "How the north turned" })).toBeInTheDocument();
  });
});
