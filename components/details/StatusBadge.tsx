import type { Status } from "@/lib/dataset/schema";

/** "occurred" or "expected", drawn as in the charts (expected is dashed). */
export function StatusBadge({ status }: { status: Status }) {
  return <span className={`badge badge-${status}`}>{status === "expected" ? "Expected" : "Occurred"}</span>;
}
