/**
 * Label placement without overlap. A lane is packed into rows; each row has a text track (points and labels)
 * and a bar track under it (spans), so a long span blocks only the thin bar track, not the labels of the
 * points above it. Each item tries its full title right of its mark (left of it only at the view's right
 * edge), on one line or wrapped onto two; else its mark alone. Titles are never cut, and text never lies
 * over text or a mark. A row holding a wrapped title is two text lines tall.
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
  /** The label's full width in pixels on one line (0 when it has none). */
  labelWidth: number;
  /** The width of the label wrapped onto two balanced lines (0 or absent: it does not wrap). */
  wrapWidth?: number;
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
  /** The widest a label is drawn: wider titles wrap onto two lines of at most this width. */
  maxLabel: number;
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
  /** Lines the label takes (1 when it has none). */
  lines: 1 | 2;
}

/** The placements (in input order), how many rows were used, and whether the overflow row was needed. */
export interface PackResult {
  placements: Placement[];
  rows: number;
  /** Text lines of each row: 2 where a wrapped label sits, else 1. */
  rowLines: number[];
  overflowed: boolean;
}

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
  return { label, text: union(item.dot, label), bar: item.bar, lines: 1 };
}
function rightLabel(item: PackItem, w: number): Omit<Placement, "row"> {
  return withLabel(item, { start: item.labelRight, end: item.labelRight + w });
}
function leftLabel(item: PackItem, w: number): Omit<Placement, "row"> {
  return withLabel(item, { start: item.labelLeftEnd - w, end: item.labelLeftEnd });
}
function markOnly(item: PackItem): Omit<Placement, "row"> {
  return { label: null, text: item.dot, bar: item.bar, lines: 1 };
}

/** A label's shape: its width and whether it is set on one line or wrapped onto two. */
interface LabelForm {
  width: number;
  lines: 1 | 2;
}

/** The ways an item's full title can be set: one line if it fits the cap, else (or also) two balanced lines. */
function labelForms(item: PackItem, maxLabel: number): LabelForm[] {
  if (item.labelWidth <= 0) return [];
  const forms: LabelForm[] = [];
  if (item.labelWidth <= maxLabel) forms.push({ width: item.labelWidth, lines: 1 });
  const wrap = item.wrapWidth ?? 0;
  if (wrap > 0 && wrap < item.labelWidth) forms.push({ width: Math.min(wrap, maxLabel), lines: 2 });
  // A title too long even for two lines at the cap: two lines at the cap, cut at the end (rare; the tooltip has it).
  if (forms.length === 0) forms.push({ width: maxLabel, lines: 2 });
  return forms;
}

/** Packs a lane's items into rows. Pure; deterministic for the same input. */
export function packLane(items: readonly PackItem[], options: PackOptions): PackResult {
  const { width, maxRows, maxLabel, gap } = options;
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
    // Rows worth trying: every row in use plus one fresh row, up to the cap.
    const tryRows = Math.min(maxRows, used + 1);
    let placed: Placement | null = null;
    const inView = (p: Omit<Placement, "row">) => !p.label || (p.label.start >= 0 && p.label.end <= width);

    // A title is shown whole or not at all (a cut title is a riddle). A label goes left of its mark only where
    // the view's right edge leaves no room on the right: in the open, labels on both sides of marks would leave
    // readers guessing which mark a label belongs to. The lowest row wins, then one line before two.
    const candidates: Omit<Placement, "row">[] = [];
    for (const form of labelForms(item, maxLabel)) {
      const right = { ...rightLabel(item, form.width), lines: form.lines };
      const left = { ...leftLabel(item, form.width), lines: form.lines };
      candidates.push(width - item.labelRight >= form.width ? right : left);
    }
    for (let r = 0; r < tryRows && !placed; r++) {
      for (const candidate of candidates) {
        if (inView(candidate) && rowAt(r).fits(candidate)) {
          placed = { row: r, ...candidate };
          break;
        }
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
  const count = Math.max(used, 1);
  const rowLines = Array.from({ length: count }, () => 1);
  for (const p of placements) if (p.lines === 2) rowLines[p.row] = 2;
  return { placements, rows: count, rowLines, overflowed };
}

function start(item: PackItem): number {
  return Math.min(item.dot?.start ?? Infinity, item.bar?.start ?? Infinity);
}
