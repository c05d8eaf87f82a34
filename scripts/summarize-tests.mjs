// Sums the results of every suite into the final "N passed, N failed" line and exits non-zero on failure.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
const lines = [];

for (const line of readFileSync("test-results/checks.txt", "utf8").trim().split("\n")) {
  const [name, outcome] = line.split(" ");
  if (name === "build") continue; // the build is a precondition of e2e, not a test of its own
  if (outcome === "passed") passed++;
  else failed++;
  lines.push(`${name}: ${outcome}`);
}

if (existsSync("test-results/unit.json")) {
  const unit = JSON.parse(readFileSync("test-results/unit.json", "utf8"));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + unit.numPendingTests + unit.numTodoTests;
  if (unit.numTotalTests === 0 || (unit.success === false && unit.numFailedTests === 0)) failed++; // a suite that failed to load
  lines.push(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  failed++;
  lines.push("unit: no results");
}

if (existsSync("test-results/e2e.json")) {
  const { stats, errors = [] } = JSON.parse(readFileSync("test-results/e2e.json", "utf8"));
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky + stats.skipped + errors.length;
  if (stats.expected + stats.unexpected === 0) failed++;
  lines.push(`e2e: ${stats.expected} passed, ${stats.unexpected + stats.flaky} failed, ${stats.skipped} skipped`);
} else {
  failed++;
  lines.push("e2e: no results (build or browser missing)");
}

console.log(`\n${lines.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
