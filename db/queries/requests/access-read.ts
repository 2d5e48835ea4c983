import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { AccessConversationInput, AccessPackageJson, MentionReview, Redaction } from "@/lib/requests/access-package";
import { normaliseEmail, normalisePhone, type CountryCode } from "@/lib/pii";
import { getDb, type DbOrTx } from "@/db";
import { chatSources, conversations, findings, messages, requestAccessPackages, subjectIdentifiers, subjectMentions, subjectRequests, users, type SubjectRequest } from "@/db/schema";
import { loadClockContext } from "./clock";
import { isUuid } from "@/lib/uuid";

// The reading half of access packages (db/queries/request-access.ts writes): the person's chat data,
// the stored packages and the request page's counts.
/**
 * The package JSON exactly as it is downloaded: its SHA-256 is what the audit trail and the release name.
 * Keys are sorted because jsonb does not keep their order: the stored copy must give the same bytes.
 */
export function packageJsonText(json: AccessPackageJson | Record<string, unknown>): string {
  return `${JSON.stringify(sortKeys(json), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/**
 * The person a request is about: the linked data subject, or else the one whose e-mail or phone (as the
 * identifier index normalises them) the request gives. Exact lookups only: never a guess by name.
 */
export async function resolveSubject(db: DbOrTx, row: Pick<SubjectRequest, "dataSubjectId" | "subjectEmail" | "subjectPhone">, country: string): Promise<string | null> {
  if (row.dataSubjectId) return row.dataSubjectId;
  const candidates = [
    ["email", row.subjectEmail ? normaliseEmail(row.subjectEmail) : null],
    ["phone", row.subjectPhone ? normalisePhone(row.subjectPhone, country as CountryCode) : null],
  ] as const;
  for (const [kind, value] of candidates) {
    if (!value) continue;
    const [hit] = await db.select({ id: subjectIdentifiers.subjectId }).from(subjectIdentifiers).where(and(eq(subjectIdentifiers.kind, kind), eq(subjectIdentifiers.value, value))).limit(1);
    if (hit) return hit.id;
  }
  return null;
}

// Map.groupBy is not in every Node this runs on.
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Everything held on one person in the chat data, shaped for the package builder. */
export async function readSubjectData(db: DbOrTx, subjectId: string) {
  const [identifiers, convs] = await Promise.all([
    db
      .select({ kind: subjectIdentifiers.kind, value: subjectIdentifiers.value, origin: subjectIdentifiers.origin, createdAt: subjectIdentifiers.createdAt })
      .from(subjectIdentifiers)
      .where(eq(subjectIdentifiers.subjectId, subjectId))
      .orderBy(asc(subjectIdentifiers.kind), asc(subjectIdentifiers.value)),
    db
      .select({
        id: conversations.id,
        sourceName: chatSources.name,
        startedAt: conversations.startedAt,
        endedAt: conversations.endedAt,
        category: conversations.category,
        visitorName: conversations.visitorName,
        visitorEmail: conversations.visitorEmail,
        visitorPhone: conversations.visitorPhone,
      })
      .from(conversations)
      .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
      .where(eq(conversations.subjectId, subjectId)),
  ]);
  return { identifiers, conversations: await withMessages(db, convs), mentionedIn: await readMentionedIn(db, subjectId) };
}

type ConversationHead = Omit<AccessConversationInput, "messages">;

/** The conversations' messages with their findings; `onlyMessages` narrows them to those ids (an extract). */
async function withMessages(db: DbOrTx, convs: ConversationHead[], onlyMessages?: number[]): Promise<AccessConversationInput[]> {
  const ids = convs.map((c) => c.id);
  const narrow = onlyMessages ? inArray(messages.id, onlyMessages.length ? onlyMessages : [-1]) : undefined;
  const [msgs, found] = ids.length
    ? await Promise.all([
        db
          .select({ id: messages.id, conversationId: messages.conversationId, sentAt: messages.sentAt, author: messages.author, authorName: messages.authorName, text: messages.text })
          .from(messages)
          .where(and(inArray(messages.conversationId, ids), narrow)),
        db
          .select({ messageId: findings.messageId, type: findings.type, subtype: findings.subtype, start: findings.start, end: findings.end })
          .from(findings)
          .where(and(inArray(findings.conversationId, ids), inArray(findings.status, ["open", "masked"]))),
      ])
    : [[], []];
  const byMessage = groupBy(found, (f) => f.messageId);
  const byConversation = groupBy(msgs, (m) => m.conversationId);
  return convs.map((c) => ({
    ...c,
    messages: (byConversation.get(c.id) ?? []).map((m) => ({ ...m, findings: byMessage.get(m.id) ?? [] })),
  }));
}

/**
 * Other people's conversations that mention one of the person's identifiers, each with only the messages
 * that mention them: not the person's own data, so not the package, but listed for the DPO to include
 * as extracts or leave out. Found through the mentions index, never a text scan.
 */
async function readMentionedIn(db: DbOrTx, subjectId: string): Promise<AccessConversationInput[]> {
  const rows = await db
    .selectDistinct({ conversationId: subjectMentions.conversationId, messageId: subjectMentions.messageId })
    .from(subjectMentions)
    .innerJoin(subjectIdentifiers, and(eq(subjectIdentifiers.kind, subjectMentions.kind), eq(subjectIdentifiers.value, subjectMentions.value)))
    .innerJoin(conversations, eq(conversations.id, subjectMentions.conversationId))
    .where(and(eq(subjectIdentifiers.subjectId, subjectId), sql`${conversations.subjectId} is distinct from ${subjectId}::uuid`));
  if (rows.length === 0) return [];
  const heads = await db
    .select({
      id: conversations.id,
      sourceName: chatSources.name,
      startedAt: conversations.startedAt,
      endedAt: conversations.endedAt,
      category: conversations.category,
      // Whoever wrote there is someone else: their visitor block is not the person's data.
      visitorName: sql<string | null>`null`,
      visitorEmail: sql<string | null>`null`,
      visitorPhone: sql<string | null>`null`,
    })
    .from(conversations)
    .innerJoin(chatSources, eq(chatSources.id, conversations.sourceId))
    .where(inArray(conversations.id, [...new Set(rows.map((r) => r.conversationId))]))
    .orderBy(asc(conversations.startedAt), asc(conversations.id));
  return withMessages(db, heads, rows.map((r) => r.messageId));
}


/** One version of a request's package, with its content, for the download routes. */
export async function getAccessPackage(requestId: string, version: number) {
  if (!isUuid(requestId) || !Number.isSafeInteger(version) || version < 1) return null;
  const [row] = await getDb()
    .select({
      id: requestAccessPackages.id,
      version: requestAccessPackages.version,
      json: requestAccessPackages.json,
      html: requestAccessPackages.html,
      sha256: requestAccessPackages.sha256,
      status: requestAccessPackages.status,
      reference: subjectRequests.reference,
    })
    .from(requestAccessPackages)
    .innerJoin(subjectRequests, eq(subjectRequests.id, requestAccessPackages.requestId))
    .where(and(eq(requestAccessPackages.requestId, requestId), eq(requestAccessPackages.version, version)));
  return row ?? null;
}

/** The request page's summary: every version, newest first, with its redactions for review. */
export async function listAccessPackages(requestId: string) {
  const released = users;
  const rows = await getDb()
    .select({
      id: requestAccessPackages.id,
      version: requestAccessPackages.version,
      builtAt: requestAccessPackages.builtAt,
      status: requestAccessPackages.status,
      releasedAt: requestAccessPackages.releasedAt,
      releasedByName: released.name,
      sha256: requestAccessPackages.sha256,
      redactions: requestAccessPackages.redactions,
      mentions: requestAccessPackages.mentions,
    })
    .from(requestAccessPackages)
    .leftJoin(released, eq(released.id, requestAccessPackages.releasedBy))
    .where(eq(requestAccessPackages.requestId, requestId))
    .orderBy(desc(requestAccessPackages.version));
  return rows.map((r) => ({ ...r, redactions: r.redactions as unknown as Redaction[], mentions: r.mentions as unknown as MentionReview[] }));
}

/** What is held on the request's person now: counts for the request page, before anything is built. */
export async function accessHoldings(request: Pick<SubjectRequest, "dataSubjectId" | "subjectEmail" | "subjectPhone">) {
  const db = getDb();
  const ctx = await loadClockContext(db);
  const subjectId = await resolveSubject(db, request, ctx.country);
  if (!subjectId) return null;
  const theirs = db.select({ id: conversations.id }).from(conversations).where(eq(conversations.subjectId, subjectId));
  const [[c], [m], [i], [f]] = await Promise.all([
    db.select({ n: count() }).from(conversations).where(eq(conversations.subjectId, subjectId)),
    db.select({ n: count() }).from(messages).where(inArray(messages.conversationId, theirs)),
    db.select({ n: count() }).from(subjectIdentifiers).where(eq(subjectIdentifiers.subjectId, subjectId)),
    db.select({ n: count() }).from(findings).where(and(inArray(findings.conversationId, theirs), inArray(findings.status, ["open", "masked"]))),
  ]);
  return { subjectId, linked: request.dataSubjectId === subjectId, conversations: c?.n ?? 0, messages: m?.n ?? 0, identifiers: i?.n ?? 0, findings: f?.n ?? 0 };
}
