import { chromium } from "@playwright/test";
const port = process.argv[2], tag = process.argv[3];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
for (const q of ["from=1992-06-01&to=1992-06-01", "from=2019-01-01&to=2023-12-31"]) {
  await page.goto(`http://127.0.0.1:${port}/?${q}`);
  await page.waitForSelector('main[data-ready="true"]');
  await page.waitForTimeout(600);
  console.log(tag, q, await page.locator('[role=status]').first().textContent());
}
await page.screenshot({ path: `/tmp/read/${tag}-2019.png` });
await browser.close();
