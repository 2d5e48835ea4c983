import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createSyntheticChat } from "./bench/synthetic-chat";
import { percentile, timeIt } from "./bench/timing";

// `npm run bench:chat -- --messages 1000000`: the chat-data module's throughput on a synthetic history.
// 1. ingest: batches POSTed to the /api/v1/conversations handler (key check, JSON parsing, zod validation,
//    personal-data detection, subject linking, one transaction per batch) — in-process, without a socket;
// 2. person lookup by identifier (the /api/v1/subjects handler) once the history is in;
// 3. retention: a rule making everything due, then one run, while a page's list query is timed alongside.
// Uses DATABASE_URL when set (PostgreSQL, give it an empty database), else a fresh PGlite in a temporary folder.
const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "100000" },
    "per-conversation": { type: "string", default: "10" },
    "batch-conversations": { type: "string", default: "200" },
    lookups: { type: "string", default: "200" },
    seed: { type: "string", default: "11" },
  },
});
const totalMessages = Number(values.messages);
const perConversation = Number(values["per-conversation"]);
const batchConversations = Number(values["batch-conversations"]);
const lookups = Number(values.lookups);
if (![totalMessages, perConversation, batchConversations, lookups].every((n) => Number.isInteger(n) && n > 0) || batchConversations > 500) {
  console.error("--messages, --per-conversation, --lookups must be positive integers; --batch-conversations 1–500");
  process.exit(2);
}

const scratch = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), "dpo-bench-"));
if (scratch) process.env.DATA_DIR = scratch;
// Production settings, as the app runs in production.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
process.env.AUTH_SECRET ??= "benchmark-secret-benchmark-secret-0123456789";

// Imported after the environment is set: the database client reads it on first use.
const { closeDb, getDbHandle } = await import("@/db");
const { createApiKey } = await import("@/db/queries/api-keys");
const { createRetentionRule } = await import("@/db/queries/retention");
const { listConversations } = await import("@/db/queries/chats");
const { runRetention } = await import("@/db/jobs/retention");
const { ruleFormSchema } = await import("@/lib/retention/rule-schema");
const { POST: postConversations } = await import("@/app/api/v1/conversations/route");
const { GET: getSubjects } = await import("@/app/api/v1/subjects/route");

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const handle = getDbHandle();
await handle.migrate();
console.log(`database:            ${handle.kind}${scratch ? ` (fresh, in ${scratch})` : ""}`);

const { key } = await createApiKey({ type: "system" }, { name: "benchmark", scopes: ["chats:write", "chats:read"] });
const synthetic = createSyntheticChat(Number(values.seed), 0.08);
const conversationsTotal = Math.ceil(totalMessages / perConversation);
// About half the visitors come back: their identifiers link several conversations to one person.
const visitorCount = Math.max(1, Math.floor(conversationsTotal * 0.6));
const visitor = (i: number) => ({ externalId: `v${i}`, name: synthetic.visitorName(), email: `visitor${i}@example.org`, phone: `+4670${String(1_000_000 + i).slice(-7)}` });
const historyStart = Date.now() - 400 * 86_400_000;

function batchBody(first: number, count: number): string {
  const conversations = [];
  for (let c = first; c < first + count && c < conversationsTotal; c++) {
    const startedAt = historyStart + Math.floor((c / conversationsTotal) * 395 * 86_400_000);
    const messages = Array.from({ length: perConversation }, (_, m) => ({
      externalId: `m${m}`,
      sentAt: new Date(startedAt + m * 45_000).toISOString(),
      author: m % 2 === 0 ? "visitor" : "agent",
      text: synthetic.message(),
    }));
    conversations.push({
      externalId: `c${c}`,
      startedAt: new Date(startedAt).toISOString(),
      endedAt: new Date(startedAt + perConversation * 45_000).toISOString(),
      category: synthetic.pick(["orders", "returns", "delivery", "account"]),
      visitor: visitor(Math.floor(synthetic.random() * visitorCount)),
      messages,
    });
  }
  return JSON.stringify({ source: "website", conversations });
}

async function post(body: string) {
  const response = await postConversations(
    new Request("http://bench.local/api/v1/conversations", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body }),
  );
  if (response.status !== 201 && response.status !== 200) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
}

// 1. Ingest. Bodies are built outside the timed part; only the handler's work is counted.
let ingestSeconds = 0;
for (let first = 0; first < conversationsTotal; first += batchConversations) {
  const body = batchBody(first, batchConversations);
  ingestSeconds += (await timeIt(() => post(body))).seconds;
  if ((first / batchConversations) % 50 === 0) process.stdout.write(`  ingested ${fmt(Math.min(first + batchConversations, conversationsTotal) * perConversation)} messages`.padEnd(60) + "\r");
}
const ingested = conversationsTotal * perConversation;
console.log(`ingest:              ${fmt(ingested)} messages in ${fmt(conversationsTotal)} conversations, ${fmt(ingestSeconds, 1)} s → ${fmt(ingested / ingestSeconds)} messages/s (goal ≥ 5,000)`);

// 2. Person lookup by identifier, through the API handler, alternating email and phone (written nationally).
const lookupTimes: number[] = [];
for (let i = 0; i < lookups; i++) {
  const v = visitor(Math.floor(synthetic.random() * visitorCount));
  const identifier = i % 2 === 0 ? v.email : `0${v.phone.slice(3)}`;
  const { seconds, value: response } = await timeIt(() =>
    getSubjects(new Request(`http://bench.local/api/v1/subjects?identifier=${encodeURIComponent(identifier)}`, { headers: { authorization: `Bearer ${key}` } })),
  );
  if (response.status !== 200) throw new Error(`lookup answered ${response.status}`);
  lookupTimes.push(seconds * 1000);
}
console.log(`person lookup:       ${fmt(lookups)} lookups on ${fmt(ingested)} messages, median ${fmt(percentile(lookupTimes, 50), 1)} ms, p95 ${fmt(percentile(lookupTimes, 95), 1)} ms (goal ≤ 50 ms)`);

// 3. Retention: everything becomes due; the conversations list (the /chats page's query) is timed meanwhile.
const rule = await createRetentionRule({ type: "system" }, ruleFormSchema.parse({ name: "Benchmark: everything", keepDays: "0", action: "delete" }));
if (!rule.ok) throw new Error(`could not create the rule: ${rule.message}`);
const pageTimes: number[] = [];
let running = true;
const probe = (async () => {
  while (running) {
    const { seconds } = await timeIt(() => listConversations({ sort: "started", dir: "desc", page: 1, pageSize: 25 }));
    pageTimes.push(seconds * 1000);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
})();
const { seconds: retentionSeconds, value: outcome } = await timeIt(() => runRetention({ actor: { type: "system" }, trigger: "manual" }));
running = false;
await probe;
if (outcome.status !== "completed") throw new Error(`retention run ended ${outcome.status}`);
const removed = outcome.rules.reduce((sum, r) => sum + r.messages, 0);
console.log(`retention:           ${fmt(removed)} messages deleted in ${fmt(retentionSeconds, 1)} s → ${fmt(removed / retentionSeconds)} messages/s (goal ≥ 20,000)`);
console.log(`page during run:     ${fmt(pageTimes.length)} list queries, median ${fmt(percentile(pageTimes, 50), 1)} ms, p95 ${fmt(percentile(pageTimes, 95), 1)} ms, max ${fmt(Math.max(...pageTimes), 1)} ms`);

await closeDb();
if (scratch) rmSync(scratch, { recursive: true, force: true });
