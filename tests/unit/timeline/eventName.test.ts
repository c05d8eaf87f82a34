import { describe, expect, it } from "vitest";
import { eventName } from "@/lib/timeline/eventName";
import { indexedFixture } from "../fixtures";

describe("eventName", () => {
  const index = indexedFixture();
  const name = (id: string) => eventName(index.events.find((e) => e.event.id === id)!);

  it("starts with the title and gives the date at its precision", () => {
    const summit = index.events.find((e) => e.event.id === "summit")!;
    expect(name("summit").startsWith(summit.event.title)).toBe(true);
    expect(name("summit")).toMatch(/, 5–6 December 2024$/);
    expect(name("kazan")).toMatch(/, October 2024$/);
  });

  it("says expected and undated", () => {
    expect(name("forecast")).toMatch(/, 2025 – 2029, expected$/);
    expect(name("timeless")).toMatch(/, undated$/);
  });
});
