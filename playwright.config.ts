import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium";

const port = Number(process.env.E2E_PORT ?? 3210);
/** A second server over a datasets folder with a large graph, an invalid and an oversized file (see the script). */
export const extraPort = Number(process.env.E2E_EXTRA_PORT ?? port + 1);

export default defineConfig({
  testDir: "tests/e2e",
  // Playwright empties its output folder at start, so it gets its own: test-results/ also holds the other suites' results.
  outputDir: "test-results/artifacts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
    trace: "off",
  },
  projects: [
    { name: "chromium" },
    {
      // The far side of the date line with another locale: dates are this code's main hazard. Limited to
      // the specs that read or move dates, so npm test stays well under its time budget.
      name: "kiritimati-de",
      use: { timezoneId: "Pacific/Kiritimati", locale: "de-DE" },
      testMatch: /(timeline|url|scrub|journeys|contract|timezone)\.spec\.ts$/,
    },
  ],
  webServer: [
    {
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: `http://127.0.0.1:${port}/api/datasets`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      command: `bash scripts/e2e-extra-server.sh ${extraPort}`,
      url: `http://127.0.0.1:${extraPort}/api/datasets`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
  ],
});
