/**
 * What the benchmark installs in the page before any of the app's scripts run: a long-task observer and a
 * cheap per-frame check for `<main data-ready="true">` and the Network region's `data-layout` attribute,
 * each recorded in milliseconds since navigation start. Functions here run in the browser (serialised).
 */

/** A long task seen by the page's PerformanceObserver. */
export interface LongTask {
  start: number;
  duration: number;
}

/** The probe's record, kept on `window.__bench`. */
export interface Probe {
  readyAt: number | null;
  /** First frame at which the Network region carried a `data-layout` value other than "settled". */
  layoutRunningAt: number | null;
  layoutSettledAt: number | null;
  longTasks: LongTask[];
  /** Set by the benchmark to end the per-frame checks before it measures frames itself. */
  stopped: boolean;
  frames: number[];
  recordingFrames: boolean;
  /** Pictures the canvas network has shown (a drawing worker's bitmaps); the SVG network shows none. */
  networkPictures: number;
}

/** Installs the probe (passed to page.addInitScript). */
export function installProbe(): void {
  const probe: Probe = {
    readyAt: null,
    layoutRunningAt: null,
    layoutSettledAt: null,
    longTasks: [],
    stopped: false,
    frames: [],
    recordingFrames: false,
    networkPictures: 0,
  };
  (window as unknown as { __bench: Probe }).__bench = probe;
  // The canvas network shows each picture its worker drew through a bitmap renderer: counted, so a held scrub's
  // figures say how often the network kept up, not only how fast the page's frames were.
  const renderer = typeof ImageBitmapRenderingContext === "undefined" ? null : ImageBitmapRenderingContext.prototype;
  if (renderer) {
    const show = renderer.transferFromImageBitmap;
    renderer.transferFromImageBitmap = function (this: ImageBitmapRenderingContext, bitmap: ImageBitmap | null) {
      probe.networkPictures++;
      return show.call(this, bitmap);
    };
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No long-task API: the figures will say so (empty list).
  }
  let main: Element | null = null;
  let network: Element | null = null;
  // Lookups are cached: a full-document query every frame would itself cost time on a 50k-node page.
  const check = () => {
    if (probe.stopped) return;
    const now = performance.now();
    if (probe.readyAt === null) {
      if (!main?.isConnected) main = document.getElementsByTagName("main")[0] ?? null;
      if (main?.getAttribute("data-ready") === "true") probe.readyAt = now;
    }
    if (probe.layoutSettledAt === null) {
      if (!network?.isConnected) network = document.querySelector('[aria-label="Network"]');
      const state = network?.getAttribute("data-layout");
      if (state === "settled") probe.layoutSettledAt = now;
      else if (state && probe.layoutRunningAt === null) probe.layoutRunningAt = now;
    }
    if (probe.readyAt === null || probe.layoutSettledAt === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Starts recording requestAnimationFrame deltas into `window.__bench.frames` (runs in the page). */
export function startFrames(): void {
  const probe = (window as unknown as { __bench: Probe }).__bench;
  probe.stopped = true;
  probe.frames = [];
  probe.recordingFrames = true;
  let last: number | null = null;
  const tick = (time: number) => {
    if (!probe.recordingFrames) return;
    if (last !== null) probe.frames.push(time - last);
    last = time;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops recording and returns the frame deltas (runs in the page). */
export function stopFrames(): number[] {
  const probe = (window as unknown as { __bench: Probe }).__bench;
  probe.recordingFrames = false;
  return probe.frames;
}

/** Resolves after the next animation frame (runs in the page): paces one input per frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
