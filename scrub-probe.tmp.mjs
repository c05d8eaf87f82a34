// Quick probe: hold-PageDown scrub (synthetic keydown per rAF) with --disable-frame-rate-limit; optional CPU profile.
import { chromium } from "@playwright/test";
import { writeFileSync } from "node:fs";
const [,, base, ids, profile] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run","--disable-quic","--disable-frame-rate-limit"] });
for (const id of ids.split(",")) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const t0 = Date.now();
  await page.goto(`${base}/?dataset=${id}`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 120000 });
  await page.waitForSelector('[aria-label="Network"][data-layout="settled"]', { timeout: 120000 });
  const ready = await page.evaluate(() => performance.getEntriesByType("navigation")[0] && performance.now());
  await page.getByRole("button", { name: "All dates" }).click();
  await page.waitForTimeout(1500);
  const idle = await page.evaluate(() => new Promise((resolve) => { const d = []; let last = null; let n = 0; const tick = (t) => { if (last !== null) d.push(t - last); last = t; if (n++ >= 60) return resolve(d.sort((a, b) => a - b)[30]); requestAnimationFrame(tick); }; requestAnimationFrame(tick); }));
  console.log(`  idle frame p50 ${idle.toFixed(1)} ms`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const m = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((x) => [x.name, x.value]));
  const m0 = await m();
  const dom = await page.evaluate(() => document.querySelectorAll("*").length);
  if (profile) { await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 200 }); await cdp.send("Profiler.start"); }
  const r = await page.evaluate(() => new Promise((resolve) => {
    const slider = document.querySelector('[role="slider"][aria-label="Window end"]');
    slider.focus();
    const before = slider.getAttribute("aria-valuenow");
    const deltas = []; let last = null; let n = 0; let moved = 0; let prev = before;
    const tick = (t) => {
      if (last !== null) deltas.push(t - last);
      last = t;
      const now = slider.getAttribute("aria-valuenow"); if (now !== prev) { moved++; prev = now; }
      if (n++ >= 120) { resolve({ deltas, moved, before, after: slider.getAttribute("aria-valuetext") }); return; }
      slider.dispatchEvent(new KeyboardEvent("keydown", { key: "PageDown", code: "PageDown", bubbles: true, cancelable: true }));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }));
  if (profile) { const { profile: p } = await cdp.send("Profiler.stop"); writeFileSync(`/tmp/prof-${id}.cpuprofile`, JSON.stringify(p)); }
  const m1 = await m();
  const per = (k) => (((m1[k] - m0[k]) * 1000) / 120).toFixed(1);
  console.log(`  per step: task ${per("TaskDuration")} script ${per("ScriptDuration")} style ${per("RecalcStyleDuration")} layout ${per("LayoutDuration")} ms; DOM ${dom} elements, ${m1.Nodes} nodes`);
  const d = r.deltas.slice().sort((a, b) => a - b);
  const q = (p) => d[Math.min(d.length - 1, Math.floor(p / 100 * d.length))].toFixed(1);
  console.log(`${id}: frames ${d.length} p50 ${q(50)} p95 ${q(95)} p99 ${q(99)} moved ${r.moved} → ${r.after}`);
  await page.close();
}
await browser.close();
