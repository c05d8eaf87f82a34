import { defineConfig } from "vitest/config";

/**
 * Dates are this code's main hazard, so every unit test runs in three time zones: UTC, a western one
 * (America/Los_Angeles, UTC−8/−7, where UTC midnight is the previous evening) and the furthest east
 * (Pacific/Kiritimati, UTC+14, where it is already the next afternoon).
 */
const TIME_ZONES = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"];

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: TIME_ZONES.map((tz) => ({
      extends: true,
      test: {
        name: `TZ=${tz}`,
        include: ["tests/unit/**/*.test.{ts,tsx}"],
        environment: "node",
        setupFiles: ["tests/unit/setup.ts"],
        env: { TZ: tz },
      },
    })),
  },
});
