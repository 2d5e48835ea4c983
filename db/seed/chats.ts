import { eq } from "drizzle-orm";
import { batchSchema, type ChatBatch } from "@/lib/chats/batch-schema";
import type { Tx } from "../index";
import { chatSources, conversations } from "../schema";
import { ingestBatchInTx } from "@/db/queries/chats";
import { DEMO_CONVERSATIONS, FIRST_BATCH_MIN_DAYS_AGO, type DemoConversation } from "./chat-conversations";

const SOURCE = "website";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const AUTHORS = { v: "visitor", a: "agent", b: "bot" } as const;
const AGENTS = ["Elin (Northwind)", "Marcus (Northwind)"];

function toBatch(items: DemoConversation[], now: Date): ChatBatch {
  return batchSchema.parse({
    source: SOURCE,
    conversations: items.map((c, index) => {
      const startedAt = now.getTime() - c.daysAgo * DAY - (2 + (index % 6)) * HOUR;
      const sentAt = (i: number) => new Date(startedAt + i * 75_000 + (i % 3) * 20_000).toISOString();
      return {
        externalId: c.id,
        startedAt: new Date(startedAt).toISOString(),
        ...(c.open ? {} : { endedAt: new Date(startedAt + c.lines.length * 75_000 + 3 * MINUTE).toISOString() }),
        ...(c.category ? { category: c.category } : {}),
        visitor: c.visitor,
        messages: c.lines.map(([author, text], i) => ({
          externalId: `${c.id}-m${i + 1}`,
          sentAt: sentAt(i),
          author: AUTHORS[author],
          authorName: author === "a" ? AGENTS[Number(c.id.slice(-1)) % 2] : author === "b" ? "Northwind assistant" : c.visitor.name,
          text,
        })),
      };
    }),
  });
}

/**
 * Northwind Outdoor's website chat over the last fourteen months, through the same ingest as the API
 * (detection, people, retention). Only conversations not there yet are sent, so a second run inserts
 * nothing and changes nothing. Older ones go first, as they would have arrived.
 */
export async function seedChats(tx: Tx, now: Date): Promise<number> {
  const existing = await tx
    .select({ externalId: conversations.externalId })
    .from(conversations)
    .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
    .where(eq(chatSources.key, SOURCE));
  const known = new Set(existing.map((r) => r.externalId));
  const missing = DEMO_CONVERSATIONS.filter((c) => !known.has(c.id));
  let inserted = 0;
  for (const batch of [missing.filter((c) => c.daysAgo >= FIRST_BATCH_MIN_DAYS_AGO), missing.filter((c) => c.daysAgo < FIRST_BATCH_MIN_DAYS_AGO)]) {
    if (batch.length === 0) continue;
    const result = await ingestBatchInTx(tx, toBatch(batch, now), { sourceKind: "api", now });
    inserted += result.conversations.inserted + result.messages.inserted;
  }
  return inserted;
}
