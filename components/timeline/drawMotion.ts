/**
 * Draws the detail view's motion picture (lib/timeline/motionPicture.ts) on a canvas in the marks' CSS styles
 * (Timeline.module.css: .dot, .bar, .label, .event's emphasis, .overlayLabel, .summary), so the hand-over
 * between the picture and the buttons is not seen.
 */
import { createLru } from "@/lib/lru";
import { ellipsize, twoLines } from "@/lib/timeline/fitText";
import type { Box, MotionMark, MotionPicture, MotionSummary } from "@/lib/timeline/motionPicture";
import { LINE_HEIGHT } from "@/lib/timeline/rowGeometry";

/** The page's colours and font (CSS variables: they follow light and dark mode). */
export interface MotionStyle {
  text: string;
  muted: string;
  panel: string;
  accent: string;
  font: string;
}

export function readMotionStyle(element: Element): MotionStyle {
  const css = getComputedStyle(element);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { text: v("--text", "#111"), muted: v("--muted", "#666"), panel: v("--panel", "#fff"), accent: v("--accent", "#0b5cad"), font: v("--font", "sans-serif") };
}

/** The part of the lanes the canvas shows: from `top` (the lanes' scroll), `width` × `height` CSS pixels. */
export interface MotionView {
  top: number;
  width: number;
  height: number;
  dpr: number;
}

const DIMMED = 0.25;
const OVERLAY_MAX = 280;
/** Marks this far above or below the view may still reach into it (two-line labels, overlays, rings). */
const MARGIN = 40;

/** A title's fonts, as Timeline.module.css sets them: plain, italic (expected), bold (selected), both. */
const titleFonts = (() => {
  let family = "";
  let fonts: string[] = [];
  return (font: string) => {
    if (font !== family) {
      family = font;
      fonts = ["", "italic ", "600 ", "italic 600 "].map((variant) => `${variant}12px ${font}`);
    }
    return fonts;
  };
})();

/** `color` fully transparent, for a fading end (a gradient to "transparent" would pass through grey). */
const clear = (color: string) => (/^#[0-9a-f]{6}$/i.test(color) ? `${color}00` : "transparent");

function rounded(ctx: CanvasRenderingContext2D, b: Box, radius: number) {
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.width, b.height, radius);
}

/** A rounded box in the panel colour with an outline: an overlaid title's, or a "+N" mark's. */
function pill(ctx: CanvasRenderingContext2D, b: Box, radius: number, panel: string, outline: string, lineWidth: number) {
  ctx.fillStyle = panel;
  rounded(ctx, b, radius);
  ctx.fill();
  ctx.strokeStyle = outline;
  ctx.lineWidth = lineWidth;
  ctx.stroke();
}

/**
 * A painter with its own cache of fitted titles (a title keeps its label width over most steps of a scrub,
 * and fitting it takes several text measurements).
 */
export function createMotionPainter() {
  const fitted = createLru<string, string[]>(4000);
  // `font` is the one the context has: reading `ctx.font` back would serialise it at every call.
  const fit = (ctx: CanvasRenderingContext2D, font: string, title: string, width: number, lines: 1 | 2) =>
    fitted.get(`${font}|${width}|${lines}|${title}`, () => {
      const measure = (t: string) => ctx.measureText(t).width;
      return lines === 2 ? twoLines(title, width, measure) : [ellipsize(title, width, measure)];
    });

  function tint(ctx: CanvasRenderingContext2D, m: MotionMark, style: MotionStyle) {
    if (m.emphasis !== "selected" && m.emphasis !== "related") return;
    ctx.fillStyle = style.accent;
    ctx.globalAlpha = m.emphasis === "selected" ? 0.22 : 0.14;
    rounded(ctx, m.box, 3);
    ctx.fill();
    if (m.emphasis === "selected") {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = style.accent;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.roundRect(m.box.x - 1, m.box.y - 1, m.box.width + 2, m.box.height + 2, 4);
      ctx.stroke();
    }
  }

  function bar(ctx: CanvasRenderingContext2D, m: MotionMark, style: MotionStyle) {
    const b = m.bar;
    if (!b) return;
    ctx.globalAlpha = m.emphasis === "dimmed" ? DIMMED : 1;
    if (m.expected) {
      // Hatched on the page; a lighter fill under the same dashed outline reads the same in motion.
      ctx.fillStyle = m.color;
      ctx.globalAlpha *= 0.45;
      ctx.fillRect(b.x, b.y, b.width, b.height);
      ctx.globalAlpha = m.emphasis === "dimmed" ? DIMMED : 1;
      ctx.strokeStyle = m.color;
      ctx.lineWidth = 1;
      ctx.setLineDash([3, 2]);
      ctx.strokeRect(b.x - 0.5, b.y - 0.5, b.width + 1, b.height + 1);
      ctx.setLineDash([]);
    } else {
      if (b.fadeStart || b.fadeEnd) {
        const ramp = Math.min(0.3, 16 / Math.max(b.width, 1));
        const gradient = ctx.createLinearGradient(b.x, 0, b.x + b.width, 0);
        gradient.addColorStop(0, b.fadeStart ? clear(m.color) : m.color);
        gradient.addColorStop(ramp, m.color);
        gradient.addColorStop(1 - ramp, m.color);
        gradient.addColorStop(1, b.fadeEnd ? clear(m.color) : m.color);
        ctx.fillStyle = gradient;
      } else ctx.fillStyle = m.color;
      rounded(ctx, b, 2);
      ctx.fill();
    }
    if (m.emphasis === "selected" || m.emphasis === "related") {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = style.accent;
      const ring = m.emphasis === "selected" ? 2 : 1;
      ctx.lineWidth = ring;
      ctx.beginPath();
      ctx.roundRect(b.x - ring / 2, b.y - ring / 2, b.width + ring, b.height + ring, 2 + ring / 2);
      ctx.stroke();
    }
  }

  function dot(ctx: CanvasRenderingContext2D, m: MotionMark, style: MotionStyle) {
    if (!m.dot) return;
    ctx.globalAlpha = m.emphasis === "dimmed" ? DIMMED : 1;
    ctx.beginPath();
    if (m.expected) {
      ctx.arc(m.dot.x, m.dot.y, 4, 0, 2 * Math.PI);
      ctx.fillStyle = style.panel;
      ctx.fill();
      ctx.strokeStyle = m.color;
      ctx.lineWidth = 2;
      ctx.setLineDash([2, 1.5]);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    }
    // The panel-coloured halo (the dot's box-shadow), then the dot.
    ctx.arc(m.dot.x, m.dot.y, 6.5, 0, 2 * Math.PI);
    ctx.fillStyle = style.panel;
    ctx.fill();
    ctx.beginPath();
    ctx.arc(m.dot.x, m.dot.y, 5, 0, 2 * Math.PI);
    ctx.fillStyle = m.color;
    ctx.fill();
  }

  /** All titles, setting the font and colour only when they change (the canvas parses each string it is given). */
  function labels(ctx: CanvasRenderingContext2D, marks: readonly MotionMark[], style: MotionStyle) {
    ctx.globalAlpha = 1;
    const fonts = titleFonts(style.font);
    let font = "";
    let color = "";
    for (const m of marks) {
      const l = m.label;
      if (!l) continue;
      const selected = m.emphasis === "selected";
      const wanted = fonts[(m.expected ? 1 : 0) + (selected ? 2 : 0)]!;
      if (wanted !== font) ctx.font = font = wanted;
      const fill = m.emphasis === "dimmed" ? style.muted : style.text;
      if (fill !== color) ctx.fillStyle = color = fill;
      const y = l.y + LINE_HEIGHT / 2;
      // The layout gives a one-line label its title's measured width in the plain font, so it fits whole; a bold
      // or italic title, or a wrapped one, may not, and is fitted as the CSS fits it.
      if (!m.expected && !selected && l.lines === 1) ctx.fillText(m.title, l.x, y);
      else fit(ctx, font, m.title, l.width, l.lines).forEach((line, i) => ctx.fillText(line, l.x, y + i * LINE_HEIGHT));
    }
  }

  function overlay(ctx: CanvasRenderingContext2D, m: MotionMark, style: MotionStyle) {
    if (!m.overlay) return;
    ctx.globalAlpha = 1;
    const font = titleFonts(style.font)[2]!;
    ctx.font = font;
    const [text = ""] = fit(ctx, font, m.title, OVERLAY_MAX - 10, 1);
    const width = Math.ceil(ctx.measureText(text).width) + 10;
    const box = { x: m.overlay === "right" ? m.box.x + m.box.width + 4 : m.box.x - 4 - width, y: m.box.y - 2, width, height: 18 };
    pill(ctx, box, 3, style.panel, style.accent, 2);
    ctx.fillStyle = style.text;
    ctx.fillText(text, box.x + 5, box.y + box.height / 2);
  }

  function summary(ctx: CanvasRenderingContext2D, s: MotionSummary, style: MotionStyle) {
    const text = `+${s.count}`;
    const width = Math.max(22, Math.ceil(ctx.measureText(text).width) + 10);
    pill(ctx, { x: s.x + 0.5, y: s.y + 0.5, width: width - 1, height: 14 }, 7.5, style.panel, s.color, 1);
    ctx.fillStyle = style.text;
    ctx.fillText(text, s.x + width / 2, s.y + 7.5);
  }

  /** Clears the canvas and draws `picture` (null: leaves it clear). */
  return function paint(ctx: CanvasRenderingContext2D, picture: MotionPicture | null, style: MotionStyle, view: MotionView) {
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    if (!picture) return;
    ctx.translate(0, -view.top);
    ctx.textBaseline = "middle";
    const shown = (b: Box) => b.y + b.height >= view.top - MARGIN && b.y <= view.top + view.height + MARGIN;
    const marks = picture.marks.filter((m) => shown(m.box) || (m.bar !== null && shown(m.bar)));
    // In the page's stacking order: tints and bars, then dots and titles, then overlays on top of everything.
    for (const m of marks) tint(ctx, m, style);
    for (const m of marks) bar(ctx, m, style);
    for (const m of marks) dot(ctx, m, style);
    ctx.textAlign = "left";
    labels(ctx, marks, style);
    ctx.font = `600 11px ${style.font}`;
    ctx.textAlign = "center";
    ctx.globalAlpha = 1;
    for (const s of picture.summaries) if (s.y + 15 >= view.top && s.y <= view.top + view.height) summary(ctx, s, style);
    ctx.textAlign = "left";
    for (const m of marks) overlay(ctx, m, style);
    ctx.globalAlpha = 1;
  };
}
