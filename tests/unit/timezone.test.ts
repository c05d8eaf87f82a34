import { describe, expect, it } from "vitest";

// Guards the three-zone setup itself (vitest.config.mts): if a zone were silently not applied, every
// other test would pass in the machine's zone and prove nothing about the other two.
describe("the time zone this project runs in", () => {
  it("is the one its name says, for Date and Intl alike", () => {
    const zone = process.env.TZ;
    expect(["UTC", "America/Los_Angeles", "Pacific/Kiritimati"]).toContain(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone === "UTC" ? "UTC" : zone);
    const offset = new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, "America/Los_Angeles": 480, "Pacific/Kiritimati": -840 }[zone!]);
  });
});
