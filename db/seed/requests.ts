import { and, eq, inArray } from "drizzle-orm";
import { requestDeadlines } from "@/lib/requests/clock";
import type { RejectionGround, RequestChannel, RequestStatus, RequestType } from "@/lib/requests/labels";
import type { Tx } from "../index";
import { holidays, requestEvents, subjectIdentifiers, subjectRequests, users, type NewSubjectRequest } from "../schema";
import { insertSwedishHolidays } from "@/db/queries/requests";
import { DEMO_USERS } from "./demo-users";

const DAY = 24 * 60 * 60 * 1000;
const TZ = "Europe/Stockholm";

interface DemoRequest {
  reference: string;
  type: RequestType;
  channel: RequestChannel;
  status: RequestStatus;
  daysAgo: number;
  name: string;
  email?: string;
  phone?: string;
  details: string;
  verified?: boolean;
  extended?: string;
  closedDaysAgo?: number;
  rejection?: { ground: RejectionGround; reasons: string };
}

// People from the demo chat (db/seed/chat-conversations.ts), so requests link to someone in the data.
const DEMO_REQUESTS: DemoRequest[] = [
  { reference: "DSR-DEMO-1", type: "access", channel: "web_form", status: "received", daysAgo: 2, name: "Chloe Martin", email: "chloe.martin@example.com", details: "Please send me everything you have saved from my chats with you." },
  { reference: "DSR-DEMO-2", type: "erasure", channel: "email", status: "verifying_identity", daysAgo: 12, name: "Anna Lindqvist", email: "anna.lindqvist@example.com", details: "Radera alla mina uppgifter och mina chattar." },
  { reference: "DSR-DEMO-3", type: "rectification", channel: "phone", status: "in_progress", daysAgo: 26, name: "Lars Nilsson", phone: "+46701740617", details: "New postal address: Åsgatan 4, 831 30 Östersund.", verified: true },
  { reference: "DSR-DEMO-4", type: "objection", channel: "letter", status: "in_progress", daysAgo: 38, name: "Ingrid Haugen", phone: "+4741234567", details: "Stop sending me marketing by SMS.", verified: true },
  { reference: "DSR-DEMO-5", type: "access", channel: "email", status: "in_progress", daysAgo: 45, name: "Johan Berg", email: "johan.berg@example.net", details: "Copy of all my data, including chat transcripts since 2024.", verified: true, extended: "Chats under two identities (e-mail and phone) must be matched and reviewed for other people's data." },
  { reference: "DSR-DEMO-6", type: "portability", channel: "web_form", status: "completed", daysAgo: 80, name: "Emma Wilson", email: "emma.wilson@example.org", details: "My order history and chats in a file, please.", verified: true, closedDaysAgo: 60 },
  { reference: "DSR-DEMO-7", type: "erasure", channel: "chat", status: "rejected", daysAgo: 110, name: "Erik", details: "Asked in the chat: “ta bort min data”", closedDaysAgo: 85, rejection: { ground: "identity_not_established", reasons: "No identifier was given and the visitor did not answer the two requests for identification." } },
  { reference: "DSR-DEMO-8", type: "access", channel: "email", status: "completed", daysAgo: 200, name: "Sofia Ekström", email: "sofia.ekstrom@example.com", details: "What personal data do you have about me?", verified: true, closedDaysAgo: 164 },
];

/**
 * Sweden's holidays for the years around `now` (2025–2027 at least), and demo requests in every state of the
 * queue, placed relative to `now` so one is always fresh, one due soon and one overdue. A second run adds
 * nothing.
 */
export async function seedRequests(tx: Tx, now: Date): Promise<number> {
  const year = now.getUTCFullYear();
  let inserted = 0;
  for (const y of new Set([2025, 2026, 2027, year - 1, year, year + 1])) inserted += await insertSwedishHolidays(tx, y);

  const existing = await tx.select({ reference: subjectRequests.reference }).from(subjectRequests).where(inArray(subjectRequests.reference, DEMO_REQUESTS.map((r) => r.reference)));
  const known = new Set(existing.map((r) => r.reference));
  const missing = DEMO_REQUESTS.filter((r) => !known.has(r.reference));
  if (missing.length === 0) return inserted;

  const [dpo] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS[0]!.email)).limit(1);
  const dpoId = dpo?.id ?? null;
  const seHolidays = new Map((await tx.select({ date: holidays.date, name: holidays.name }).from(holidays).where(eq(holidays.country, "SE"))).map((h) => [h.date, h.name]));

  for (const r of missing) {
    const receivedAt = new Date(now.getTime() - r.daysAgo * DAY);
    const closedAt = r.closedDaysAgo !== undefined ? new Date(now.getTime() - r.closedDaysAgo * DAY) : null;
    const d = requestDeadlines({ receivedAt, timeZone: TZ, holidays: seHolidays, pausedDays: 0, extended: Boolean(r.extended) });
    const [subject] = await tx
      .select({ subjectId: subjectIdentifiers.subjectId })
      .from(subjectIdentifiers)
      .where(r.email ? and(eq(subjectIdentifiers.kind, "email"), eq(subjectIdentifiers.value, r.email)) : and(eq(subjectIdentifiers.kind, "phone"), eq(subjectIdentifiers.value, r.phone ?? "")))
      .limit(1);
    const values: NewSubjectRequest = {
      reference: r.reference,
      type: r.type,
      channel: r.channel,
      status: r.status,
      submittedAt: receivedAt,
      receivedAt,
      ...d,
      subjectName: r.name,
      subjectEmail: r.email ?? null,
      subjectPhone: r.phone ?? null,
      emailConfirmedAt: r.channel === "web_form" ? receivedAt : null,
      details: r.details,
      assigneeId: r.status === "received" ? null : dpoId,
      dataSubjectId: subject?.subjectId ?? null,
      identityVerifiedAt: r.verified ? new Date(receivedAt.getTime() + 2 * DAY) : null,
      identityVerifiedBy: r.verified ? dpoId : null,
      identityVerificationMethod: r.verified ? "matching_details" : null,
      identityVerificationNotes: r.verified ? "Order number and delivery address matched our records." : null,
      extensionReason: r.extended ?? null,
      extensionNotifiedAt: r.extended ? new Date(receivedAt.getTime() + 20 * DAY) : null,
      rejectionGround: r.rejection?.ground ?? null,
      rejectionReasons: r.rejection?.reasons ?? null,
      completedAt: r.status === "completed" ? closedAt : null,
      closedAt,
      createdBy: r.channel === "web_form" ? null : dpoId,
      createdAt: receivedAt,
      updatedAt: closedAt ?? receivedAt,
    };
    const [row] = await tx.insert(subjectRequests).values(values).returning({ id: subjectRequests.id });
    const events: Array<typeof requestEvents.$inferInsert> = [
      { requestId: row!.id, type: "created", at: receivedAt, origin: r.channel === "web_form" ? "requester" : "user", by: r.channel === "web_form" ? null : dpoId, text: `Request received (${r.channel.replace("_", " ")}); the answer is due by ${d.dueDate}.` },
    ];
    if (r.status !== "received") events.push({ requestId: row!.id, type: "status_changed", at: new Date(receivedAt.getTime() + DAY), by: dpoId, text: r.verified ? "Received → In progress" : "Received → Verifying identity" });
    if (r.extended) events.push({ requestId: row!.id, type: "extended", at: values.extensionNotifiedAt!, by: dpoId, text: `Extended by two further months to ${d.extendedDueDate}. Reasons: ${r.extended}` });
    if (closedAt) events.push({ requestId: row!.id, type: "status_changed", at: closedAt, by: dpoId, text: r.status === "completed" ? "In progress → Completed" : "Verifying identity → Rejected" });
    await tx.insert(requestEvents).values(events);
    inserted += 1 + events.length;
  }
  return inserted;
}
