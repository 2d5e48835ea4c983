import { desc, inArray, sql } from "drizzle-orm";
import type { Tx } from "../index";
import { appendAudit } from "@/db/queries/audit";
import { buildCurrentNotice, NOTICE_ENTITY } from "../queries/notice";
import { processorRecordEntries, processorRecordMeasures, processorRecordTransfers, privacyNoticeSettings, privacyNoticeVersions, securityMeasures } from "../schema";

const INTRODUCTION = `This notice explains how Northwind Outdoor uses the personal data you share with us when you chat with our customer service on our website: what we collect, why, who sees it, how long we keep it, and the rights you have.

We have tried to write it plainly. If anything is unclear, ask our data protection officer: the contact details are below.`;

/**
 * The introduction, and version 1 published from the demo record so the public page has something
 * to show. Runs after every other seed, so the published notice matches the demo record; idempotent.
 */
export async function seedNotice(tx: Tx): Promise<number> {
  let inserted = 0;
  const settings = await tx.insert(privacyNoticeSettings).values({ id: 1, introduction: INTRODUCTION }).onConflictDoNothing().returning({ id: privacyNoticeSettings.id });
  inserted += settings.length;
  const [latest] = await tx.select({ version: privacyNoticeVersions.version }).from(privacyNoticeVersions).orderBy(desc(privacyNoticeVersions.version)).limit(1);
  if (!latest) {
    const current = await buildCurrentNotice(tx);
    await tx.insert(privacyNoticeVersions).values({
      version: 1,
      content: current.notice as unknown as Record<string, unknown>,
      text: current.text,
      contentHash: current.contentHash,
      sourceHash: current.sourceHash,
    });
    await appendAudit(tx, { type: "system" }, { action: "notice.publish", entityType: NOTICE_ENTITY, entityId: "1", summary: { version: 1, contentHash: current.contentHash, sourceHash: current.sourceHash } });
    inserted += 1;
  }
  return inserted;
}

const PARTNER = "Alpine Trail Gear GmbH";
const MEASURES = ["TLS for the chat widget and chat API", "Role-based access control for chat agents", "Encryption at rest of chat transcripts", "Staff confidentiality agreements"];

/** One Art. 30(2) entry: Northwind answers a partner brand's customers in chat, as that brand's processor. Idempotent. */
export async function seedProcessorRecord(tx: Tx): Promise<number> {
  const [existing] = await tx.select({ id: processorRecordEntries.id }).from(processorRecordEntries).where(sql`lower(${processorRecordEntries.controllerName}) = lower(${PARTNER})`).limit(1);
  if (existing) return 0;
  const [entry] = await tx
    .insert(processorRecordEntries)
    .values({
      controllerName: PARTNER,
      controllerContact: "Bergstraße 12, 80331 München, Germany · privacy@alpinetrail.example · +49 89 0000 0000",
      controllerRepresentative: "",
      controllerDpo: "Dr. Jana Vogel · dpo@alpinetrail.example",
      categories:
        "Order fulfilment chat for the partner brand's web shop: answering its customers in the live chat about order status, delivery and returns, looking up their orders in the brand's order system, and handing conversations back to the brand's own support. Only on the brand's documented instructions.",
      agreementReference: "Data processing agreement with Alpine Trail Gear GmbH, signed 2025-09-01 (Art. 28(3))",
      startedOn: "2025-09-15",
      status: "active",
    })
    .returning({ id: processorRecordEntries.id });
  const measures = await tx.select({ id: securityMeasures.id }).from(securityMeasures).where(inArray(securityMeasures.name, MEASURES));
  if (measures.length) await tx.insert(processorRecordMeasures).values(measures.map((m) => ({ entryId: entry!.id, measureId: m.id })));
  await tx.insert(processorRecordTransfers).values({
    entryId: entry!.id,
    recipient: "Chatbot vendor (our sub-processor, authorised by the brand)",
    country: "US",
    mechanism: "scc",
    safeguards: "2021 SCC module 3 (processor to processor); transfer impact assessment of 2026-03-01.",
  });
  return 2 + measures.length;
}
