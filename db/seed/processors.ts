import { createHash } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { CHECKLIST_ITEMS, type ChecklistItem } from "@/lib/processors/review";
import { addDays, addMonths } from "@/lib/time";
import type { Tx } from "../index";
import {
  agreementFiles,
  agreementReviewItems,
  agreementReviews,
  agreements,
  dataCategories,
  processingActivities,
  processorActivities,
  processorDataCategories,
  processors,
  processorSubProcessors,
  subprocessorNotices,
  users,
} from "../schema";
import { DEMO_USERS } from "./demo-users";

const pdfText = (s: string) => s.replace(/[^\x20-\x7e]/g, "-").replace(/[\\()]/g, (c) => `\\${c}`);

/** A one-page PDF, built by hand with a correct cross-reference table: the demo needs a real, readable file. */
export function demoAgreementPdf(lines: string[]): Buffer {
  const content = `BT /F1 12 Tf 72 770 Td 16 TL ${lines.map((l) => `(${pdfText(l)}) Tj T*`).join(" ")} ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

type AgreementPlan = {
  title: string;
  status: "missing" | "draft" | "in_legal_review" | "signed";
  signedOn?: string;
  startsOn?: string;
  endsOn?: string;
  reviewBy?: string;
  notes?: string;
  // "approved": signed through a decided review; "open": waiting in legal's queue with some items done.
  review?: "approved" | "open";
};

type SeedProcessor = Omit<typeof processors.$inferInsert, "id"> & {
  activities: string[];
  data: string[];
  subs: Array<{ name: string; service: string; country: string; transferMechanism: "none_needed" | "adequacy" | "scc" | "bcr" | "derogation" | null; addedOn: string }>;
  agreement?: AgreementPlan;
  notices?: Array<{ receivedOn: string; description: string; objectionDeadline: string; decision?: "no_objection" }>;
};

const CHAT = "Website live chat support";
const CRM = "Chat-to-CRM synchronisation";
const ANALYTICS = "Chat analytics and quality review";
const ORDERS = "Order handling";

function plan(today: string): SeedProcessor[] {
  const ago = (m: number) => addMonths(today, -m);
  return [
    {
      name: "Parley Chat Cloud GmbH",
      service: "Managed hosting and operation of the Chatwoot live chat platform: widget, agent console and transcript storage.",
      contactName: "Privacy team",
      contactEmail: "privacy@parley-chat.example",
      country: "DE",
      transferMechanism: "none_needed",
      riskRating: "medium",
      riskReasoning: "Holds every chat transcript, which may contain health data and card fragments; ISO 27001 certified, EU-only hosting.",
      activities: [CHAT, ANALYTICS],
      data: ["Chat transcripts", "Contact details", "IP address and device data", "Health data"],
      subs: [
        { name: "Nordhost AB", service: "Data centre and servers", country: "SE", transferMechanism: "none_needed", addedOn: ago(20) },
        { name: "Sendwell Email SAS", service: "Transcript and notification e-mails", country: "FR", transferMechanism: "none_needed", addedOn: ago(14) },
      ],
      agreement: { title: "Data processing agreement 2025", status: "signed", signedOn: ago(11), startsOn: ago(11), endsOn: addMonths(today, 25), reviewBy: addMonths(today, 13), review: "approved" },
      notices: [
        { receivedOn: addDays(today, -5), description: "Intends to add Translatly GmbH (Germany) to machine-translate chat messages for agents, from next month.", objectionDeadline: addDays(today, 4) },
        { receivedOn: ago(14), description: "Added Sendwell Email SAS (France) to send transcript e-mails, replacing their in-house mail server.", objectionDeadline: addDays(ago(14), 30), decision: "no_objection" },
      ],
    },
    {
      name: "Pipeline CRM Inc.",
      service: "Customer relationship management: accounts and contact history synchronised from the chat.",
      contactName: "Data Protection Office",
      contactEmail: "dpo@pipeline-crm.example",
      country: "US",
      transferMechanism: "scc",
      tiaDate: ago(8),
      riskRating: "high",
      riskReasoning: "Customer contact details leave the EEA; US government access assessed in the TIA; SCC module 2 with supplementary encryption.",
      activities: [CRM],
      data: ["Contact details", "Order details"],
      subs: [{ name: "CloudScale Inc.", service: "Cloud infrastructure", country: "US", transferMechanism: "scc", addedOn: ago(30) }],
      agreement: { title: "DPA with SCC module 2 (2026 renewal)", status: "in_legal_review", startsOn: today, notes: "Renewal draft sent by the vendor; includes the 2021 SCC annexes.", review: "open" },
    },
    {
      name: "Metricly Analytics B.V.",
      service: "Web and chat analytics: response times, conversation volumes, widget usage.",
      contactEmail: "legal@metricly.example",
      country: "NL",
      transferMechanism: "none_needed",
      riskRating: "low",
      riskReasoning: "Receives pseudonymous visitor ids and timings only; no message text.",
      activities: [ANALYTICS],
      data: ["IP address and device data"],
      subs: [],
      agreement: { title: "Data processing agreement", status: "missing", notes: "Requested from the vendor; none received yet." },
    },
    {
      name: "Sendwell Email SAS",
      service: "Transactional e-mail: chat transcripts on request, order confirmations.",
      contactName: "Compliance",
      contactEmail: "compliance@sendwell.example",
      country: "FR",
      transferMechanism: "none_needed",
      riskRating: "medium",
      riskReasoning: "Sees recipients' addresses and the content of transcript e-mails.",
      activities: [CHAT, ORDERS],
      data: ["Contact details", "Chat transcripts", "Order details"],
      subs: [{ name: "Nordhost AB", service: "Servers", country: "SE", transferMechanism: "none_needed", addedOn: ago(24) }],
      agreement: { title: "Data processing addendum", status: "signed", signedOn: ago(34), startsOn: ago(34), endsOn: addDays(today, 40), review: "approved" },
    },
    {
      name: "Nordhost AB",
      service: "Hosting of the web shop and of DPO Desk's backups.",
      contactEmail: "support@nordhost.example",
      country: "SE",
      transferMechanism: "none_needed",
      riskRating: "low",
      riskReasoning: "Infrastructure only; data encrypted at rest with keys we hold.",
      activities: [ORDERS],
      data: ["Order details", "Contact details"],
      subs: [],
      agreement: { title: "Hosting DPA", status: "signed", signedOn: ago(18), startsOn: ago(18), reviewBy: addMonths(today, 6), review: "approved" },
    },
  ];
}

const clause = (item: ChecklistItem, i: number) => (item.startsWith("clause_") ? `§ 4.${i - 3}` : `§ 1.${i + 1}`);

/** The demo processors with their links, agreements, reviews and notices. Idempotent on the processor's name. */
export async function seedProcessors(tx: Tx, today: string): Promise<number> {
  const people = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, DEMO_USERS.map((u) => u.email)));
  const idOf = (role: string) => people.find((p) => p.email === DEMO_USERS.find((u) => u.role === role)?.email)?.id ?? null;
  const dpo = idOf("dpo");
  const legal = idOf("legal");
  const items = plan(today);
  const lower = (names: string[]) => names.map((n) => n.toLowerCase());
  const activityIds = new Map(
    (await tx.select({ id: processingActivities.id, name: processingActivities.name }).from(processingActivities).where(inArray(sql`lower(${processingActivities.name})`, lower(items.flatMap((p) => p.activities))))).map((r) => [r.name.toLowerCase(), r.id]),
  );
  const categoryIds = new Map(
    (await tx.select({ id: dataCategories.id, name: dataCategories.name }).from(dataCategories).where(inArray(sql`lower(${dataCategories.name})`, lower(items.flatMap((p) => p.data))))).map((r) => [r.name.toLowerCase(), r.id]),
  );
  const pick = (map: Map<string, string>, names: string[]) => names.map((n) => map.get(n.toLowerCase())).filter((id): id is string => id !== undefined);
  const at = (day: string) => new Date(`${day}T09:30:00Z`);

  let inserted = 0;
  for (const { activities, data, subs, agreement, notices, ...columns } of items) {
    const [row] = await tx.insert(processors).values(columns).onConflictDoNothing().returning({ id: processors.id });
    if (!row) continue;
    const processorId = row.id;
    inserted += 1;
    const a = pick(activityIds, activities);
    const d = pick(categoryIds, data);
    if (a.length) await tx.insert(processorActivities).values(a.map((activityId) => ({ processorId, activityId })));
    if (d.length) await tx.insert(processorDataCategories).values(d.map((categoryId) => ({ processorId, categoryId })));
    if (subs.length) await tx.insert(processorSubProcessors).values(subs.map((s) => ({ ...s, processorId })));
    if (notices?.length) {
      await tx.insert(subprocessorNotices).values(
        notices.map((n) => ({ processorId, receivedOn: n.receivedOn, description: n.description, objectionDeadline: n.objectionDeadline, ...(n.decision ? { decision: n.decision, decidedBy: legal, decidedAt: at(addDays(n.receivedOn, 6)) } : {}) })),
      );
    }
    inserted += a.length + d.length + subs.length + (notices?.length ?? 0);
    if (!agreement) continue;
    const { review, ...agreementColumns } = agreement;
    const [ag] = await tx.insert(agreements).values({ ...agreementColumns, processorId }).returning({ id: agreements.id });
    inserted += 1;
    if (!review) continue;
    const uploadedOn = agreement.signedOn ? addDays(agreement.signedOn, -10) : addDays(today, -3);
    const bytes = demoAgreementPdf([`${agreement.title}`, `Between Northwind Outdoor AB (controller) and ${columns.name} (processor).`, "Demo document generated by DPO Desk's seed: not a real contract."]);
    const [file] = await tx
      .insert(agreementFiles)
      .values({ agreementId: ag!.id, version: 1, fileName: `${columns.name.replace(/[^A-Za-z0-9]+/g, "-")}-DPA.pdf`, mimeType: "application/pdf", size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), data: bytes, uploadedBy: dpo, uploadedAt: at(uploadedOn) })
      .returning({ id: agreementFiles.id });
    const decided = review === "approved";
    const [rv] = await tx
      .insert(agreementReviews)
      .values({
        agreementId: ag!.id,
        requestedBy: dpo,
        reviewerId: legal,
        fileId: file!.id,
        startedAt: at(addDays(uploadedOn, 1)),
        ...(decided ? { decidedAt: at(agreement.signedOn!), decision: "approved" as const, summary: "All Art. 28(3) terms present; audit rights limited to once a year, acceptable." } : {}),
      })
      .returning({ id: agreementReviews.id });
    // An approved review answers everything; the open one is part-way through.
    const answeredItems = decided ? CHECKLIST_ITEMS : CHECKLIST_ITEMS.slice(0, 5);
    await tx.insert(agreementReviewItems).values(answeredItems.map((item, i) => ({ reviewId: rv!.id, item, answer: "present" as const, clauseReference: clause(item, i) })));
    inserted += 2 + answeredItems.length;
  }
  return inserted;
}
