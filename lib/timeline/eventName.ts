import { formatRange } from "@/lib/dates";
import type { IndexedEvent } from "@/lib/dataset/indexed";

/** An event's accessible name: its title first, then its date at its precision, then "expected" when forecast. */
export function eventName({ event }: IndexedEvent): string {
  const when = event.date ? formatRange(event.date.start, event.date.end) : "undated";
  return `${event.title}, ${when}${event.status === "expected" ? ", expected" : ""}`;
}
