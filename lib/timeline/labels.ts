/**
 * Label placement without overlap. A lane is packed into rows; each row has a text track (points and labels)
 * and a bar track under it (spans), so a long span blocks only the thin bar track, not the labels of the
 * points above it. Each item tries a full label right of its mark (left of it only at the view's right
 * edge); then a truncated label where there is room; then its mark alone. Text never lies over text or a mark.
 */

/** A horizontal interval in pixels. */
export interface Span {
  start: number;
  end: number;
}

/** What the packer needs to know about an event. */
export interface PackItem {
  /** A point's mark, in the text track (null for a span). */
  dot: Span | null;
  /** A span's bar, in the bar track (null for a point). */
  bar: Span | null;
  /** Where a label placed to the right starts (after a point, or over the start of a bar). */
  labelRight: number;
  /** Where a label placed to the left ends (before the mark). */
  labelLeftEnd: number;
  /** The label's full width in pixels (0 when it has none). */
  labelWidth: number;
  /** Higher priorities are placed first, so they get labels first. */
  priority: number;
}

/** Layout constants for a lane. */
export interface PackOptions {
  /** Labels stay inside [0, width]. */
  width: number;
  /**
   * Rows for items. A point that finds no free room shares pixels with other marks (never text); a bar that
   * finds none goes to one extra overflow row.
   */
  maxRows: number;
  /** The widest a label is drawn (longer titles are truncated with an ellipsis; the full title is in the tooltip). */
  maxLabel: number;
  /** A truncated label narrower than this is hidden instead. */
  minLabel: number;
  /** Free pixels kept between neighbours in a track. */
  gap: number;
  /** Text-track spans already taken in row 0 (the lane's name). */
  reserved?: readonly Span[];
}

/** Where an item went: its row, its label (or null), what it takes in the text track (or null) and its bar. */
export interface Placement {
  row: number;
  label: Span | null;
  text: Span | null;
  bar: Span | null;
}

/** The placements (in input order), how many rows were used, and whether the overflow row was needed. */
export interface PackResult {
  placements: Placement[];
  rows: number;
  overflowed: boolean;
}

/** A label cut at the view's right edge stays on the right if it keeps at least this many pixels. */
const PREFER_RIGHT = 110;

class Track {
  spans: Span[] = [];
  /** The spans that hold text (labels and reserved names); marks may overlap marks, never these. */
  texts: Span[] = [];
  constructor(readonly gap: number) {}
  /** How many marks a span would overlap, or -1 when it would touch text. */
  markOverlaps(s: Span): number {
    for (const o of this.texts) if (s.start < o.end + 2 && o.start < s.end + 2) return -1;
    let n = 0;
    for (const o of this.spans) if (s.start < o.end && o.start < s.end) n++;
    return n;
  }
  free(s: Span | null): boolean {
    if (!s) return true;
    for (const o of this.spans) if (s.start < o.end + this.gap && o.start < s.end + this.gap) return false;
    return true;
  }
  /** The first taken pixel at or after `x` (or +Infinity). */
  nextStart(x: number): number {
    let best = Infinity;
    for (const o of this.spans) if (o.start >= x && o.start < best) best = o.start;
    return best;
  }
  /** The last taken pixel at or before `x` (or -Infinity). */
  prevEnd(x: number): number {
    let best = -Infinity;
    for (const o of this.spans) if (o.end <= x && o.end > best) best = o.end;
    return best;
  }
  add(s: Span | null, text: Span | null = null) {
    if (s) this.spans.push(s);
    if (text) this.texts.push(text);
  }
}

class Row {
  text: Track;
  bar: Track;
  constructor(gap: number) {
    this.text = new Track(gap);
    this.bar = new Track(Math.min(gap, 2));
  }
  fits(p: Omit<Placement, "row">): boolean {
    return this.text.free(p.text) && this.bar.free(p.bar);
  }
  add(p: Omit<Placement, "row">) {
    this.text.add(p.text, p.label);
    this.bar.add(p.bar);
  }
}

const union = (a: Span | null, b: Span): Span => (a ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : b);

function withLabel(item: PackItem, label: Span): Omit<Placement, "row"> {
  return { label, text: union(item.dot, label), bar: item.bar };
}
function rightLabel(item: PackItem, w: number): Omit<Placement, "row"> {
  return withLabel(item, { start: item.labelRight, end: item.labelRight + w });
}
function leftLabel(item: PackItem, w: number): Omit<Placement, "row"> {
  return withLabel(item, { start: item.labelLeftEnd - w, end: item.labelLeftEnd });
}
function markOnly(item: PackItem): Omit<Placement, "row"> {
  return { label: null, text: item.dot, bar: item.bar };
}

/** Packs a lane's items into rows. Pure; deterministic for the same input. */
export function packLane(items: readonly PackItem[], options: PackOptions): PackResult {
  const { width, maxRows, maxLabel, minLabel, gap } = options;
  const rows: Row[] = [];
  const rowAt = (r: number) => {
    while (rows.length <= r) rows.push(new Row(gap));
    return rows[r]!;
  };
  for (const span of options.reserved ?? []) rowAt(0).text.add(span, span);

  const order = items
    .map((_, i) => i)
    .sort((a, b) => items[b]!.priority - items[a]!.priority || start(items[a]!) - start(items[b]!));
  const placements = new Array<Placement>(items.length);
  // Rows holding anything so far (row 0 counts once something is reserved in it).
  let used = options.reserved?.length ? 1 : 0;
  let overflowed = false;

  for (const i of order) {
    const item = items[i]!;
    const want = Math.min(item.labelWidth, maxLabel);
    // Rows worth trying: every row in use plus one fresh row, up to the cap.
    const tryRows = Math.min(maxRows, used + 1);
    let placed: Placement | null = null;
    const inView = (p: Omit<Placement, "row">) => !p.label || (p.label.start >= 0 && p.label.end <= width);

    if (want > 0) {
      // A label goes left of its mark only where the view's right edge leaves no room for it on the right:
      // in the open, labels on both sides of marks would leave readers guessing which mark a label belongs to.
      // Near the edge a label is cut to fit on the right while that still shows a fair part of it.
      const edgeRoom = width - item.labelRight;
      const fullCandidates =
        edgeRoom >= want
          ? [rightLabel(item, want)]
          : edgeRoom >= Math.min(want, PREFER_RIGHT)
            ? [rightLabel(item, edgeRoom), leftLabel(item, want)]
            : [leftLabel(item, want)];
      const truncatedLeft = edgeRoom < minLabel;
      for (let r = 0; r < tryRows && !placed; r++) {
        for (const candidate of fullCandidates) {
          if (inView(candidate) && rowAt(r).fits(candidate)) {
            placed = { row: r, ...candidate };
            break;
          }
        }
      }
      if (!placed) {
        // No row takes the whole label: truncate it where there is the most room.
        let best: { row: number; p: Omit<Placement, "row">; w: number } | null = null;
        for (let r = 0; r < tryRows; r++) {
          const row = rowAt(r);
          if (!row.fits(markOnly(item))) continue;
          const roomRight = Math.min(width, row.text.nextStart(item.labelRight)) - gap - item.labelRight;
          const roomLeft = item.labelLeftEnd - Math.max(0, row.text.prevEnd(item.labelLeftEnd) + gap);
          const options2: [number, (w: number) => Omit<Placement, "row">][] = truncatedLeft
            ? [[roomLeft, (w) => leftLabel(item, w)]]
            : [[roomRight, (w) => rightLabel(item, w)]];
          for (const [room, make] of options2) {
            const w = Math.min(want, room);
            if (w < minLabel || (best && w <= best.w)) continue;
            const p = make(w);
            if (inView(p) && row.fits(p)) best = { row: r, p, w };
          }
        }
        if (best) placed = { row: best.row, ...best.p };
      }
    }
    if (!placed) {
      const p = markOnly(item);
      for (let r = 0; r < tryRows && !placed; r++) if (rowAt(r).fits(p)) placed = { row: r, ...p };
    }
    if (!placed && item.dot) {
      // No free room for a point: let it share pixels with other marks (never text), where it overlaps fewest.
      let best: { row: number; n: number } | null = null;
      for (let r = 0; r < tryRows; r++) {
        const n = rowAt(r).text.markOverlaps(item.dot);
        if (n >= 0 && (!best || n < best.n)) best = { row: r, n };
      }
      if (best) placed = { row: best.row, ...markOnly(item) };
    }
    if (!placed) {
      // Every row is full: the overflow row takes the mark (only marks go there, so no text is covered).
      overflowed = true;
      placed = { row: Number.isFinite(maxRows) ? maxRows : used, ...markOnly(item) };
    }
    rowAt(placed.row).add(placed);
    used = Math.max(used, placed.row + 1);
    placements[i] = placed;
  }
  return { placements, rows: Math.max(used, 1), overflowed };
}

function start(item: PackItem): number {
  return Math.min(item.dot?.start ?? Infinity, item.bar?.start ?? Infinity);
}

/**
 * Shares a budget of rows among lanes that would like `demands` rows each. Lanes that fit keep their demand;
 * the busiest are capped at a common height, never below `min`. The sum exceeds the budget only when
 * every lane is already at `min` or its demand.
 */
export function allocateRows(demands: readonly number[], budget: number, min = 1): number[] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum([...demands]) <= budget) return demands.slice();
  const capped = (c: number) => demands.map((d) => Math.min(d, c));
  let cap = min;
  const largest = Math.max(...demands);
  while (cap + 1 <= largest && sum(capped(cap + 1)) <= budget) cap++;
  const rows = capped(cap);
  // Hand the rows still left to the busiest capped lanes, one each.
  let left = budget - sum(rows);
  const busiest = demands
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d > cap)
    .sort((a, b) => b.d - a.d || a.i - b.i);
  for (const { i } of busiest) {
    if (left <= 0) break;
    rows[i]!++;
    left--;
  }
  return rows;
}
