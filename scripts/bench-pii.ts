import { parseArgs } from "node:util";
import { detectPersonalData, type PiiType } from "@/lib/pii";
import { createSyntheticChat } from "./bench/synthetic-chat";

// `npm run bench:pii -- --messages 200000 [--seed 7] [--pii-share 0.08]`: throughput of the personal-data detector
// alone, on generated chat text (English and Swedish, short and long messages, a share of them carrying personal
// data). The ingest goal is 5,000 messages/s end-to-end including database writes, so the detector should be an
// order of magnitude faster than that.
const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "200000" },
    seed: { type: "string", default: "7" },
    "pii-share": { type: "string", default: "0.08" },
  },
});
const count = Number(values.messages);
const piiShare = Number(values["pii-share"]);
if (!Number.isInteger(count) || count < 1 || !(piiShare >= 0 && piiShare <= 1)) {
  console.error("--messages must be a positive integer and --pii-share a number between 0 and 1");
  process.exit(2);
}

const synthetic = createSyntheticChat(Number(values.seed), piiShare);
const texts = Array.from({ length: count }, synthetic.message);
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);

// Warm up so the JIT has compiled the hot paths before the clock starts.
for (let i = 0; i < Math.min(20_000, count); i++) detectPersonalData(texts[i] as string);

// The timed pass does nothing but detect; counting and per-message timing happen in a second pass.
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
let total = 0;
for (const text of texts) total += detectPersonalData(text).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
// CPU time as well as wall time: on a shared machine the wall clock also counts time spent waiting for a core.
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const byType = new Map<PiiType, number>();
let withFindings = 0;
let slowest = 0;
for (const text of texts) {
  const t0 = process.hrtime.bigint();
  const found = detectPersonalData(text);
  slowest = Math.max(slowest, Number(process.hrtime.bigint() - t0));
  if (found.length > 0) withFindings++;
  for (const match of found) byType.set(match.type, (byType.get(match.type) ?? 0) + 1);
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(`messages:            ${fmt(count)} (${fmt(bytes / count, 1)} bytes on average, ${fmt(bytes / 1e6, 1)} MB)`);
console.log(`time:                ${fmt(seconds, 2)} s`);
console.log(`messages per second: ${fmt(count / seconds)}`);
console.log(`MB per second:       ${fmt(bytes / 1e6 / seconds, 1)}`);
console.log(`CPU time:            ${fmt(cpuSeconds, 2)} s (${fmt(count / cpuSeconds)} messages and ${fmt(bytes / 1e6 / cpuSeconds, 1)} MB per CPU second)`);
console.log(`slowest message:     ${fmt(slowest / 1e6, 2)} ms`);
console.log(`messages with findings: ${fmt(withFindings)} (${fmt((withFindings / count) * 100, 1)} %)`);
console.log(`findings:            ${fmt(total)}; by type: ${[...byType].map(([type, n]) => `${type} ${fmt(n)}`).join(", ")}`);
