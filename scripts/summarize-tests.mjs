// Adds up every test stage of `npm test` into the one line CI reads last: "N passed, N failed".
// Usage: node scripts/summarize-tests.mjs KIND:NAME:EXIT_CODE:FILE ...
//   KIND node       FILE is the output of node's test runner (spec reporter); may hold several runs.
//   KIND playwright FILE is Playwright's JSON report.
// A stage that exited non-zero without any failing test to show for it (a crash, a build that
// failed, a missing browser, no test files) counts as one failed test, so it can never look green.
import { existsSync, readFileSync } from "node:fs";

const ANSI = /\x1b\[[0-9;]*m/g;

function fromNodeLog(file) {
  const counts = { pass: 0, fail: 0, cancelled: 0 };
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  // The summary lines sit at the start of a line ("ℹ pass 12"); indented ℹ lines belong to single tests.
  for (const line of readFileSync(file, "utf8").replace(ANSI, "").split("\n")) {
    const m = /^ℹ (pass|fail|cancelled) (\d+)\s*$/.exec(line);
    if (m) counts[m[1]] += Number(m[2]);
  }
  // A cancelled test never finished (a timeout, or its file crashed): it did not pass.
  return { passed: counts.pass, failed: counts.fail + counts.cancelled };
}

function fromPlaywrightReport(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  const s = report.stats ?? {};
  // A flaky test failed at least once: count it as failed. Top-level errors (a web server that did
  // not start, a spec that does not load) fail the run without failing any one test.
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) + errors };
}

let passed = 0;
let failed = 0;
for (const arg of process.argv.slice(2)) {
  const [kind, name, code, ...rest] = arg.split(":");
  const file = rest.join(":");
  const stage = kind === "playwright" ? fromPlaywrightReport(file) : fromNodeLog(file);
  if (Number(code) !== 0 && stage.failed === 0) stage.failed = 1;
  // Worded unlike the total, so that only the last line reads "N passed, N failed".
  console.log(`  ${name}: pass ${stage.passed}, fail ${stage.failed}${Number(code) !== 0 ? ` (exit code ${code})` : ""}`);
  passed += stage.passed;
  failed += stage.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
