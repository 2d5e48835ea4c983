import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../index";
import {
  activityDataCategories,
  activityMeasures,
  activitySubjectCategories,
  activityTransfers,
  dataCategories,
  processingActivities,
  securityMeasures,
  subjectCategories,
  users,
} from "../schema";
import { DEMO_USERS } from "./demo-users";

const DATA = [
  { name: "Contact details", description: "Name, e-mail address, phone number" },
  { name: "Chat transcripts", description: "Messages written by visitors, agents and the bot" },
  { name: "Order details", description: "Order numbers, items, delivery address" },
  { name: "IP address and device data", description: "IP address, browser, device, cookies" },
  { name: "Payment card data", description: "Card number fragments typed into the chat" },
  { name: "Health data", description: "Health conditions mentioned in returns or training records", special: true },
  { name: "Employment records", description: "Role, team, training completions" },
];
const SUBJECTS = ["Website visitors", "Customers", "Job applicants", "Staff"];

type Transfer = { recipient: string; country: string; mechanism: "adequacy" | "scc" | "bcr" | "derogation" | "none"; safeguards: string };
type SeedActivity = Omit<typeof processingActivities.$inferInsert, "ownerId"> & { data: string[]; subjects: string[]; measures: string[]; transfers?: Transfer[] };

const TLS = "TLS for the chat widget and chat API";
const ACCESS = "Role-based access control for chat agents";
const AT_REST = "Encryption at rest of chat transcripts";
const NDA = "Staff confidentiality agreements";

const ACTIVITIES: SeedActivity[] = [
  {
    name: "Website live chat support",
    purposes: "Answer visitors' questions about products, orders and returns in real time through the website chat.",
    legalBasis: "legitimate_interests",
    legitimateInterest: "Giving prompt customer service to visitors who start a conversation.",
    art9Condition: "explicit_consent",
    recipients: "Customer service agents; chat platform provider (processor).",
    retention: "",
    coversChat: true,
    source: "The visitors themselves, through the chat widget.",
    systems: "Chatwoot (self-hosted), website chat widget",
    dpiaStatus: "done",
    data: ["Contact details", "Chat transcripts", "Order details", "IP address and device data", "Health data"],
    subjects: ["Website visitors", "Customers"],
    measures: [TLS, ACCESS, AT_REST, NDA],
  },
  {
    name: "Chat-to-CRM synchronisation",
    purposes: "Copy the contact details and conversation summary of customers into the CRM so follow-ups reach the right account.",
    legalBasis: "contract",
    recipients: "Sales and customer service; CRM provider (processor).",
    retention: "Contact records kept for the customer relationship plus 24 months.",
    coversChat: true,
    source: "The live chat platform.",
    systems: "Chatwoot, CRM (SaaS)",
    dpiaStatus: "not_needed",
    data: ["Contact details", "Order details"],
    subjects: ["Customers"],
    measures: [TLS, ACCESS],
    transfers: [{ recipient: "Pipeline CRM Inc. (CRM provider)", country: "US", mechanism: "scc", safeguards: "Standard contractual clauses (module 2) with a transfer impact assessment, reviewed yearly." }],
  },
  {
    name: "Chat analytics and quality review",
    purposes: "Measure response times and review a sample of conversations to improve answers and train agents.",
    legalBasis: "legitimate_interests",
    legitimateInterest: "Improving the quality of customer service.",
    recipients: "Customer service team leads.",
    retention: "Aggregated figures kept 3 years; sampled transcripts deleted after the review, at most 90 days.",
    coversChat: true,
    source: "The live chat platform.",
    systems: "Chatwoot reports, internal dashboard",
    dpiaStatus: "in_progress",
    data: ["Chat transcripts", "IP address and device data"],
    subjects: ["Website visitors", "Customers"],
    measures: [ACCESS, AT_REST],
  },
  {
    name: "Chatbot training on anonymised transcripts",
    purposes: "Train the chatbot's answers on past conversations after names, contact details and card numbers are removed.",
    legalBasis: "legitimate_interests",
    legitimateInterest: "Answering common questions automatically, outside opening hours.",
    recipients: "Chatbot vendor (processor).",
    retention: "Training sets deleted 12 months after the model they trained is retired.",
    coversChat: true,
    source: "Chat transcripts, anonymised before export.",
    systems: "Anonymisation script, chatbot vendor's training platform",
    dpiaStatus: "needed",
    data: ["Chat transcripts"],
    subjects: ["Website visitors", "Customers"],
    measures: [TLS, AT_REST],
    transfers: [{ recipient: "Chatbot vendor", country: "US", mechanism: "scc", safeguards: "2021 SCC module 2 (controller to processor); transfer impact assessment of 2026-03-01." }],
  },
  {
    name: "Order handling",
    purposes: "Take, deliver and invoice orders, and handle returns.",
    legalBasis: "contract",
    recipients: "Warehouse, carriers, payment service provider.",
    retention: "Accounting records 7 years (bookkeeping law); other order data 24 months after delivery.",
    coversChat: false,
    source: "The customers themselves, at checkout.",
    systems: "Web shop, ERP, payment service provider",
    dpiaStatus: "not_needed",
    data: ["Contact details", "Order details", "Payment card data"],
    subjects: ["Customers"],
    measures: [TLS],
  },
  {
    name: "Staff training records",
    purposes: "Keep track of data protection training, including adjustments needed for staff with health conditions.",
    legalBasis: "legal_obligation",
    art9Condition: "employment_law",
    recipients: "HR, each member's manager.",
    retention: "Employment plus 2 years.",
    coversChat: false,
    source: "Staff and their managers.",
    systems: "DPO Desk, HR system",
    dpiaStatus: "not_needed",
    data: ["Contact details", "Employment records", "Health data"],
    subjects: ["Staff"],
    measures: [NDA],
  },
];

/** The demo record of processing; idempotent: links are written only for activities inserted now. */
export async function seedInventory(tx: Tx): Promise<number> {
  const insertedData = await tx.insert(dataCategories).values(DATA).onConflictDoNothing().returning({ id: dataCategories.id });
  const insertedSubjects = await tx.insert(subjectCategories).values(SUBJECTS.map((name) => ({ name }))).onConflictDoNothing().returning({ id: subjectCategories.id });
  let inserted = insertedData.length + insertedSubjects.length;

  const lower = (names: string[]) => names.map((n) => n.toLowerCase());
  const dataIds = new Map((await tx.select({ id: dataCategories.id, name: dataCategories.name }).from(dataCategories).where(inArray(sql`lower(${dataCategories.name})`, lower(DATA.map((d) => d.name))))).map((r) => [r.name.toLowerCase(), r.id]));
  const subjectIds = new Map((await tx.select({ id: subjectCategories.id, name: subjectCategories.name }).from(subjectCategories).where(inArray(sql`lower(${subjectCategories.name})`, lower(SUBJECTS)))).map((r) => [r.name.toLowerCase(), r.id]));
  // The measures register is seeded separately: link only the measures that exist.
  const measureNames = [...new Set(ACTIVITIES.flatMap((a) => a.measures))];
  const measureIds = new Map((await tx.select({ id: securityMeasures.id, name: securityMeasures.name }).from(securityMeasures).where(inArray(sql`lower(${securityMeasures.name})`, lower(measureNames)))).map((r) => [r.name.toLowerCase(), r.id]));
  const [dpo] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS[0]!.email)).limit(1);

  const pick = (map: Map<string, string>, names: string[]) => names.map((n) => map.get(n.toLowerCase())).filter((id): id is string => id !== undefined);

  for (const { data, subjects, measures, transfers, ...columns } of ACTIVITIES) {
    const [row] = await tx.insert(processingActivities).values({ ...columns, ownerId: dpo?.id ?? null }).onConflictDoNothing().returning({ id: processingActivities.id });
    if (!row) continue;
    inserted += 1;
    const activityId = row.id;
    const d = pick(dataIds, data);
    const s = pick(subjectIds, subjects);
    const m = pick(measureIds, measures);
    if (d.length) await tx.insert(activityDataCategories).values(d.map((categoryId) => ({ activityId, categoryId })));
    if (s.length) await tx.insert(activitySubjectCategories).values(s.map((categoryId) => ({ activityId, categoryId })));
    if (m.length) await tx.insert(activityMeasures).values(m.map((measureId) => ({ activityId, measureId })));
    if (transfers?.length) await tx.insert(activityTransfers).values(transfers.map((t) => ({ ...t, activityId })));
    inserted += d.length + s.length + m.length + (transfers?.length ?? 0);
  }
  return inserted;
}
