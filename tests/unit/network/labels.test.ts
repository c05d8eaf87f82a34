import { describe, expect, it } from "vitest";
import { boxesOverlap, estimateTextWidth, placeLabels, type LabelCandidate } from "@/lib/network/labels";
import { seededRandom } from "@/lib/random";

function crowd(count: number, seed: number, width: number, height: number): LabelCandidate[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    text: `Actor number ${i}`,
    x: 20 + random() * (width - 40),
    y: 20 + random() * (height - 40),
    r: 4 + random() * 10,
    priority: Math.floor(random() * 50),
  }));
}

describe("placeLabels", () => {
  it("never places two overlapping labels, nor one outside the frame", () => {
    for (const seed of [1, 2, 3, 4]) {
      const candidates = crowd(120, seed, 600, 300);
      const placed = placeLabels(candidates, { width: 600, height: 300, fontSize: 11 });
      expect(placed.length).toBeGreaterThan(10);
      expect(placed.length).toBeLessThan(candidates.length);
      for (let i = 0; i < placed.length; i++) {
        const a = placed[i]!.box;
        expect(a.x0).toBeGreaterThanOrEqual(0);
        expect(a.y0).toBeGreaterThanOrEqual(0);
        expect(a.x1).toBeLessThanOrEqual(600);
        expect(a.y1).toBeLessThanOrEqual(300);
        for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(a, placed[j]!.box)).toBe(false);
      }
    }
  });

  it("keeps labels off other nodes", () => {
    const candidates = crowd(60, 9, 500, 300);
    const obstacles = candidates.map((c) => ({ id: c.id, x: c.x, y: c.y, r: c.r }));
    const placed = placeLabels(candidates, { width: 500, height: 300, fontSize: 11, obstacles });
    for (const label of placed) {
      for (const o of obstacles) {
        if (o.id === label.id) continue;
        expect(boxesOverlap(label.box, { x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r })).toBe(false);
      }
    }
  });

  it("gives the contested spot to the higher priority", () => {
    const candidates: LabelCandidate[] = [
      { id: "low", text: "Lowland", x: 100, y: 50, r: 5, priority: 1 },
      { id: "high", text: "Highland", x: 102, y: 50, r: 5, priority: 9 },
    ];
    const placed = placeLabels(candidates, { width: 200, height: 100, fontSize: 11 });
    expect(placed[0]!.id).toBe("high");
    expect(placed[0]!.anchor).toBe("start"); // its first choice: right of the node
  });

  it("lets a high-priority label cover a node when nothing else fits, but never another label", () => {
    // A node ringed by others so that every spot around it touches a node.
    const ring = Array.from({ length: 12 }, (_, i) => ({
      id: `r${i}`,
      x: 100 + 22 * Math.cos((i * Math.PI) / 6),
      y: 60 + 16 * Math.sin((i * Math.PI) / 6),
      r: 8,
    }));
    const obstacles = [{ id: "hub", x: 100, y: 60, r: 6 }, ...ring];
    const hub: LabelCandidate = { id: "hub", text: "Hub", x: 100, y: 60, r: 6, priority: 500 };
    expect(placeLabels([hub], { width: 200, height: 120, fontSize: 11, obstacles })).toHaveLength(0);
    expect(placeLabels([hub], { width: 200, height: 120, fontSize: 11, obstacles, mayCoverNodesFrom: 300 })).toHaveLength(1);
  });

  it("keeps labels clear of reserved parts of the frame (the buttons over the picture)", () => {
    const near: LabelCandidate = { id: "n", text: "Northland", x: 100, y: 20, r: 5, priority: 1 };
    const free = placeLabels([near], { width: 200, height: 100, fontSize: 11 });
    expect(free[0]!.anchor).toBe("start");
    const controls = { x0: 104, y0: 0, x1: 200, y1: 34 };
    const placed = placeLabels([near], { width: 200, height: 100, fontSize: 11, reserved: [controls] });
    expect(placed).toHaveLength(1);
    expect(boxesOverlap(placed[0]!.box, controls)).toBe(false);
  });

  it("estimates wider text for longer and capitalised strings", () => {
    expect(estimateTextWidth("Azerbaijan", 11)).toBeGreaterThan(estimateTextWidth("Iran", 11));
    expect(estimateTextWidth("MMMM", 11)).toBeGreaterThan(estimateTextWidth("iiii", 11));
  });
});
