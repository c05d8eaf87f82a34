import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const [,, base, id] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run","--disable-quic","--disable-frame-rate-limit"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${base}/?dataset=${id}`);
await page.waitForSelector('main[data-ready="true"]', { timeout: 120000 });
await page.waitForSelector('[aria-label="Network"][data-layout="settled"]', { timeout: 120000 });
await page.getByRole("button", { name: "All dates" }).click();
await page.waitForTimeout(1500);
await browser.startTracing(page, { path: "/tmp/trace.json", categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "cc", "viz"] });
await page.evaluate(() => new Promise((resolve) => {
  const slider = document.querySelector('[role="slider"][aria-label="Window end"]');
  slider.focus(); let n = 0;
  const tick = () => { if (n++ >= 120) return resolve(); slider.dispatchEvent(new KeyboardEvent("keydown", { key: "PageDown", bubbles: true })); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
}));
await browser.stopTracing();
await browser.close();
const trace = JSON.parse(readFileSync("/tmp/trace.json", "utf8"));
const events = trace.traceEvents ?? trace;
const sums = new Map();
for (const e of events) { if (e.ph !== "X" || !e.dur) continue; const k = `${e.name} [${e.tid}]`; sums.set(k, (sums.get(k) ?? 0) + e.dur); }
[...sums].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log((v / 1000 / 120).toFixed(2).padStart(8), "ms/step", k));
