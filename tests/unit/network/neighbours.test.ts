import { describe, expect, it } from "vitest";
import type { ActorId } from "@/lib/dataset/ids";
import { directionOfKey, neighbourInDirection } from "@/lib/network/neighbours";

const id = (s: string) => s as ActorId;
//        up (0,-50)
// left (-60,0)  o (0,0)  near (40,5)  mid (70,-3)  far (100,0)
//        diag (30,40)      down (0,80)
const positions = new Map<ActorId, { x: number; y: number }>([
  [id("o"), { x: 0, y: 0 }],
  [id("near"), { x: 40, y: 5 }],
  [id("mid"), { x: 70, y: -3 }],
  [id("far"), { x: 100, y: 0 }],
  [id("up"), { x: 0, y: -50 }],
  [id("left"), { x: -60, y: 0 }],
  [id("diag"), { x: 30, y: 40 }],
  [id("down"), { x: 0, y: 80 }],
]);

describe("neighbourInDirection", () => {
  it("picks the nearest actor in the arrow's direction", () => {
    expect(neighbourInDirection(id("o"), "right", positions)).toBe("near");
    expect(neighbourInDirection(id("o"), "left", positions)).toBe("left");
    expect(neighbourInDirection(id("o"), "up", positions)).toBe("up");
    expect(neighbourInDirection(id("o"), "down", positions)).toBe("diag");
  });

  it("prefers a tied actor a little further away", () => {
    expect(neighbourInDirection(id("o"), "right", positions, new Set([id("mid")]))).toBe("mid");
    // …but not one much further away.
    expect(neighbourInDirection(id("o"), "right", positions, new Set([id("far")]))).toBe("near");
    expect(neighbourInDirection(id("o"), "down", positions, new Set([id("down")]))).toBe("down");
  });

  it("returns null when nothing lies that way, or for an unknown actor", () => {
    expect(neighbourInDirection(id("far"), "right", positions)).toBeNull();
    expect(neighbourInDirection(id("left"), "left", positions)).toBeNull();
    expect(neighbourInDirection(id("nobody"), "up", positions)).toBeNull();
  });

  it("ignores actors more than 60° off the arrow", () => {
    const p = new Map([
      [id("a"), { x: 0, y: 0 }],
      [id("steep"), { x: 10, y: 40 }],
    ]);
    expect(neighbourInDirection(id("a"), "right", p)).toBeNull();
    expect(neighbourInDirection(id("a"), "down", p)).toBe("steep");
  });

  it("maps arrow keys to directions", () => {
    expect(directionOfKey("ArrowLeft")).toBe("left");
    expect(directionOfKey("ArrowDown")).toBe("down");
    expect(directionOfKey("Enter")).toBeNull();
  });
});
