// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import styles from "@/components/network/Network.module.css";
import { NetworkSvg } from "@/components/network/NetworkSvg";
import { keepMarks, type KeptMark } from "@/components/network/useKeptMarks";
import { focusOf } from "@/lib/highlight";
import { layoutGraphOf } from "@/lib/network/graph";
import { layoutNetwork } from "@/lib/network/layout";
import { createProjector } from "@/lib/network/project";
import { createSceneBuilder } from "@/lib/network/scene";
import { selectVisible } from "@/lib/select";
import { resolveView } from "@/lib/view/state";
import { indexedFixture } from "../fixtures";

afterEach(cleanup);

const key = (s: string) => s;
const shown = (marks: KeptMark<string>[]) => marks.filter((m) => m.shown).map((m) => m.item);
const hidden = (marks: KeptMark<string>[]) => marks.filter((m) => !m.shown).map((m) => m.item);
const start = (items: string[]) => items.map((item) => ({ item, shown: true }));

describe("keepMarks", () => {
  it("keeps a mark that left in its place, hidden, and the others in order", () => {
    const marks = keepMarks(start(["a", "b", "c", "d"]), ["a", "c", "d"], key);
    expect(marks.map((m) => m.item)).toEqual(["a", "b", "c", "d"]);
    expect(hidden(marks)).toEqual(["b"]);
  });

  it("shows a kept mark again when it returns, once, and puts new marks where the current order has them", () => {
    const left = keepMarks(start(["a", "b", "c"]), ["a", "c"], key);
    const back = keepMarks(left, ["a", "b", "c", "e"], key);
    expect(back.map((m) => m.item)).toEqual(["a", "b", "c", "e"]);
    expect(hidden(back)).toEqual([]);
    const inserted = keepMarks(start(["a", "c"]), ["a", "x", "c"], key);
    expect(inserted.map((m) => m.item)).toEqual(["a", "x", "c"]);
  });

  it("follows a new order of the current marks (a selection draws its ties on top); kept ones follow their old predecessor", () => {
    const marks = keepMarks(start(["a", "b", "c", "d"]), ["d", "a", "c"], key);
    expect(shown(marks)).toEqual(["d", "a", "c"]);
    expect(marks.map((m) => m.item)).toEqual(["d", "a", "b", "c"]);
    expect(new Set(marks.map((m) => m.item)).size).toBe(marks.length);
  });

  it("gives the latest item of a current mark (its new geometry or style)", () => {
    const a1 = { id: "a", v: 1 };
    const a2 = { id: "a", v: 2 };
    const marks = keepMarks([{ item: a1, shown: true }], [a2], (x) => x.id);
    expect(marks[0]!.item).toBe(a2);
  });
});

describe("NetworkSvg across a scrub step", () => {
  const index = indexedFixture();
  const layout = layoutNetwork(layoutGraphOf(index));
  const buildScene = createSceneBuilder();
  const project = createProjector();
  const projectionFor = (raw: Record<string, string>) => {
    const view = resolveView(raw, index);
    const selection = selectVisible(index, view);
    return project(buildScene({ index, selection, focus: focusOf(view, index, selection), layout, pinned: new Map() }), { k: 1, x: 400, y: 300 });
  };
  const props = { labels: [], width: 800, height: 600, hoveredTie: null, pointed: null };

  it("keeps the marks that left the window in the document, in place and faded out, and shows them again when they return", () => {
    const wide = projectionFor({ from: "2024-10-01", to: "2025-01-31" });
    const narrow = projectionFor({ from: "2024-12-01", to: "2024-12-31" });
    const leaving = wide.ties.filter((t) => !narrow.ties.some((n) => n.tie.id === t.tie.id));
    expect(leaving.length).toBeGreaterThan(0);

    const { container, rerender } = render(<NetworkSvg projection={wide} {...props} />);
    const marks = () => [...container.querySelectorAll(`.${styles.tieMark}`)];
    const before = marks();
    expect(before).toHaveLength(wide.ties.length);

    rerender(<NetworkSvg projection={narrow} {...props} />);
    const after = marks();
    // The same elements in the same order: nothing was re-inserted, so the CSS transitions run.
    expect(after).toEqual(before);
    const gone = after.filter((g) => g.classList.contains(styles.gone!));
    expect(gone).toHaveLength(leaving.length);

    rerender(<NetworkSvg projection={projectionFor({ from: "2024-10-01", to: "2025-01-31" })} {...props} />);
    expect(marks()).toEqual(before);
    expect(marks().filter((g) => g.classList.contains(styles.gone!))).toHaveLength(0);
  });
});
