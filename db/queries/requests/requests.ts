import { and, asc, count, desc, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { localDate } from "@/lib/requests/clock";
import { OPEN_STATUSES, type RequestChannel, type RequestSort, type RequestStatus, type RequestType } from "@/lib/requests/labels";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { getDb, type DbOrTx, type Tx } from "@/db";
import { outbox, subjectIdentifiers, subjectRequests, users } from "@/db/schema";
import { withAudit, type Actor, type AuditInput } from "@/db/queries/audit";
import { deadlinesFor, loadClockContext, type ClockContext } from "./clock";
import { addRequestEvent } from "./events";
import { letterFacts, letterOrganisation, queueRequestLetter } from "./mail";
import { renderTemplate } from "@/lib/requests/templates";
import { ok, refuse, type Outcome } from "@/lib/outcome";

export const REQUEST_NOT_FOUND = refuse("not_found", "There is no such request.");

export interface NewRequestInput {
  type: RequestType;
  channel: RequestChannel;
  submittedAt: Date;
  receivedAt: Date;
  subjectName: string | null;
  subjectEmail: string | null;
  subjectPhone: string | null;
  emailConfirmedAt?: Date | null;
  details: string;
  assigneeId?: string | null;
  conversationId?: string | null;
  dataSubjectId?: string | null;
}

// Serialises reference numbering so two requests created at once do not get the same number.
const REFERENCE_LOCK_KEY = 727_090;

async function nextReference(tx: Tx, year: string): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${REFERENCE_LOCK_KEY})`);
  const prefix = `DSR-${year}-`;
  // The highest number so far, not the count: references stay unique after old requests are removed.
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(substring(${subjectRequests.reference} from ${prefix.length + 1}::int)::int), 0)` })
    .from(subjectRequests)
    .where(sql`${subjectRequests.reference} ~ ${`^DSR-${year}-[0-9]+$`}`);
  return `${prefix}${String(Number(row?.n ?? 0) + 1).padStart(4, "0")}`;
}

/** The person already in the chat data with this e-mail or phone (e-mail first), if any: an exact index lookup. */
async function findSubject(tx: DbOrTx, email: string | null, phone: string | null): Promise<string | null> {
  for (const [kind, value] of [["email", email], ["phone", phone]] as const) {
    if (!value) continue;
    const [hit] = await tx
      .select({ subjectId: subjectIdentifiers.subjectId })
      .from(subjectIdentifiers)
      .where(and(eq(subjectIdentifiers.kind, kind), eq(subjectIdentifiers.value, value)))
      .limit(1);
    if (hit) return hit.subjectId;
  }
  return null;
}

/**
 * Inserts a request with its clock computed, its reference and its first timeline entry, in the caller's
 * transaction. The audit entry is the caller's: it knows who acted and how the request arrived.
 */
export async function createRequestInTx(tx: Tx, actor: Actor | "requester", input: NewRequestInput, ctx: ClockContext) {
  const reference = await nextReference(tx, localDate(input.receivedAt, ctx.timeZone).slice(0, 4));
  const deadlines = deadlinesFor({ receivedAt: input.receivedAt, pausedDays: 0, extendedDueDate: null }, ctx);
  const dataSubjectId = input.dataSubjectId ?? (await findSubject(tx, input.subjectEmail, input.subjectPhone));
  const [row] = await tx
    .insert(subjectRequests)
    .values({
      reference,
      type: input.type,
      channel: input.channel,
      submittedAt: input.submittedAt,
      receivedAt: input.receivedAt,
      ...deadlines,
      subjectName: input.subjectName,
      subjectEmail: input.subjectEmail,
      subjectPhone: input.subjectPhone,
      emailConfirmedAt: input.emailConfirmedAt ?? null,
      details: input.details,
      assigneeId: input.assigneeId ?? null,
      conversationId: input.conversationId ?? null,
      dataSubjectId,
      createdBy: actor !== "requester" && actor.type === "user" ? actor.id : null,
    })
    .returning();
  await addRequestEvent(tx, row!.id, actor, "created", `Request received (${input.channel.replace("_", " ")}); the answer is due by ${deadlines.dueDate}.`, { at: new Date() });
  return row!;
}

export type CreatedRequest = Awaited<ReturnType<typeof createRequestInTx>>;

/** What the audit trail keeps of a new request: ids, types and dates, never who the person is. */
export function creationAudit(r: CreatedRequest, via: string): AuditInput {
  return {
    action: "request.create",
    entityType: "subject_request",
    entityId: r.id,
    summary: {
      reference: r.reference,
      type: r.type,
      channel: r.channel,
      via,
      receivedAt: r.receivedAt.toISOString(),
      dueDate: r.dueDate,
      dataSubjectId: r.dataSubjectId,
      conversationId: r.conversationId,
    },
  };
}

/** Records a request staff or another system received; optionally acknowledges it by e-mail through the outbox. */
export async function recordRequest(actor: Actor, input: NewRequestInput & { acknowledge: boolean }): Promise<Outcome<{ request: CreatedRequest; outboxIds: number[] }>> {
  if (input.assigneeId && !(await isAssignable(input.assigneeId))) return refuse("invalid", "The assignee must be an active user who can see requests.", "assigneeId");
  const result = await withAudit(
    actor,
    async (tx) => {
      const ctx = await loadClockContext(tx);
      const created = await createRequestInTx(tx, actor, input, ctx);
      let outboxId: number | null = null;
      if (input.acknowledge && created.subjectEmail) {
        const letter = renderTemplate("acknowledgement", letterFacts(created, await letterOrganisation(tx), ctx.timeZone));
        outboxId = await queueRequestLetter(tx, { requestId: created.id, actor, to: created.subjectEmail, kind: "acknowledgement", letter });
      }
      return { created, outboxId };
    },
    (r) => creationAudit(r.created, actor.type === "api" ? "api" : "staff"),
  );
  return ok({ request: result.created, outboxIds: result.outboxId ? [result.outboxId] : [] });
}

const ASSIGNABLE_ROLES = [...PERMISSIONS["requests:read"]];

/** People a request can be assigned to: active users whose role can see requests. */
export async function listAssigneeOptions() {
  return getDb()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ASSIGNABLE_ROLES)))
    .orderBy(asc(users.name));
}

export async function isAssignable(id: string, db: DbOrTx = getDb()): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), inArray(users.role, ASSIGNABLE_ROLES)))
    .limit(1);
  return Boolean(row);
}

export interface RequestListParams {
  type?: RequestType;
  status?: RequestStatus | "open";
  assignee?: string;
  overdue?: boolean;
  today: string;
  sort: RequestSort;
  page: number;
  pageSize: number;
}

const orderBy: Record<RequestSort, SQL[]> = {
  due_asc: [asc(subjectRequests.effectiveDueDate), asc(subjectRequests.receivedAt)],
  due_desc: [desc(subjectRequests.effectiveDueDate), desc(subjectRequests.receivedAt)],
  received_desc: [desc(subjectRequests.receivedAt)],
  received_asc: [asc(subjectRequests.receivedAt)],
  reference: [asc(subjectRequests.reference)],
  status: [asc(subjectRequests.status), asc(subjectRequests.effectiveDueDate)],
};

export async function listRequests(p: RequestListParams) {
  const open = inArray(subjectRequests.status, [...OPEN_STATUSES]);
  const where = and(
    p.type ? eq(subjectRequests.type, p.type) : undefined,
    p.status === "open" ? open : p.status ? eq(subjectRequests.status, p.status) : undefined,
    p.assignee === "none" ? isNull(subjectRequests.assigneeId) : p.assignee ? eq(subjectRequests.assigneeId, p.assignee) : undefined,
    // Overdue: still open, not paused, and the day that counts has passed in the organisation's time zone.
    p.overdue ? and(open, isNull(subjectRequests.clockPausedAt), lt(subjectRequests.effectiveDueDate, p.today)) : undefined,
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: subjectRequests.id,
        reference: subjectRequests.reference,
        type: subjectRequests.type,
        status: subjectRequests.status,
        channel: subjectRequests.channel,
        receivedAt: subjectRequests.receivedAt,
        effectiveDueDate: subjectRequests.effectiveDueDate,
        extendedDueDate: subjectRequests.extendedDueDate,
        clockPausedAt: subjectRequests.clockPausedAt,
        closedAt: subjectRequests.closedAt,
        subjectName: subjectRequests.subjectName,
        assigneeName: users.name,
      })
      .from(subjectRequests)
      .leftJoin(users, eq(users.id, subjectRequests.assigneeId))
      .where(where)
      .orderBy(...orderBy[p.sort], asc(subjectRequests.id))
      .limit(p.pageSize)
      .offset((p.page - 1) * p.pageSize),
    db.select({ n: count() }).from(subjectRequests).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type RequestListRow = Awaited<ReturnType<typeof listRequests>>["rows"][number];

const verifier = alias(users, "verifier");

export async function getRequestById(id: string, db: DbOrTx = getDb()) {
  const [row] = await db
    .select({ request: subjectRequests, assigneeName: users.name, verifiedByName: verifier.name, noticeSentAt: outbox.sentAt })
    .from(subjectRequests)
    .leftJoin(users, eq(users.id, subjectRequests.assigneeId))
    .leftJoin(verifier, eq(verifier.id, subjectRequests.identityVerifiedBy))
    .leftJoin(outbox, and(eq(outbox.id, subjectRequests.extensionNoticeOutboxId), eq(outbox.status, "sent")))
    .where(eq(subjectRequests.id, id))
    .limit(1);
  if (!row) return null;
  // Art. 12(3): the person is told of an extension when the e-mailed notice is sent, or when staff record
  // another way; a notice still in the outbox has told nobody.
  const extensionToldAt = row.request.extensionNotifiedAt ?? row.noticeSentAt ?? null;
  return { ...row.request, assigneeName: row.assigneeName, verifiedByName: row.verifiedByName, extensionToldAt };
}

export type RequestDetail = NonNullable<Awaited<ReturnType<typeof getRequestById>>>;
