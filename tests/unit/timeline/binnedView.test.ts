import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_EVENT_BUTTONS, MOTION_MAX_MARKS, showsBins } from "@/lib/timeline/binnedView";

describe("when the detail view shows bins", () => {
  it("at rest, follows the contract alone: bins above 300 events, single marks at 300 or fewer", () => {
    expect(MAX_EVENT_BUTTONS).toBe(300);
    for (const before of [true, false]) {
      expect(showsBins(301, false, before)).toBe(true);
      expect(showsBins(300, false, before)).toBe(false);
      expect(showsBins(151, false, before)).toBe(false);
      expect(showsBins(0, false, before)).toBe(false);
    }
  });

  it("while the window moves, keeps bins down to the motion threshold, and marks up to the contract's", () => {
    expect(MOTION_MAX_MARKS).toBeLessThan(MAX_EVENT_BUTTONS);
    // Bins before: they stay while the window holds more than MOTION_MAX_MARKS events.
    expect(showsBins(MAX_EVENT_BUTTONS, true, true)).toBe(true);
    expect(showsBins(MOTION_MAX_MARKS + 1, true, true)).toBe(true);
    expect(showsBins(MOTION_MAX_MARKS, true, true)).toBe(false);
    // Marks before: they stay up to the contract's threshold.
    expect(showsBins(MOTION_MAX_MARKS + 1, true, false)).toBe(false);
    expect(showsBins(MAX_EVENT_BUTTONS, true, false)).toBe(false);
    expect(showsBins(MAX_EVENT_BUTTONS + 1, true, false)).toBe(true);
  });

  it("over any sequence of windows, matches the contract at rest and flips while moving only past a threshold", () => {
    const step = fc.record({ count: fc.nat({ max: 600 }), moving: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let binned = false;
        for (const { count, moving } of steps) {
          const next = showsBins(count, moving, binned);
          if (!moving) expect(next).toBe(count > MAX_EVENT_BUTTONS);
          else if (next !== binned) expect(next ? count > MAX_EVENT_BUTTONS : count <= MOTION_MAX_MARKS).toBe(true);
          binned = next;
        }
      }),
    );
  });
});
