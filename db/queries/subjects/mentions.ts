import { isUuid } from "@/lib/uuid";
import { sql } from "drizzle-orm";
import { snippetAround } from "@/lib/chats/segments";
import { detectPersonalData, normaliseEmail, normalisePhone } from "@/lib/pii";
import { getDb, type DbOrTx } from "../..";
import { queryRows } from "../../sql";

/** Rows shown per list on a person's page; the count says when there are more. */
export const SUBJECT_MENTIONS_LIMIT = 100;

export interface MentionRow {
  id: number;
  kind: "email" | "phone" | "visitor_id";
  value: string;
  messageId: number;
  conversationId: string;
  sentAt: Date;
  sourceName: string;
  startedAt: Date;
  /** Whose conversation it is (null when nobody's). */
  conversationSubjectId: string | null;
  conversationSubjectName: string | null;
  /** Who holds the mentioned identifier as their own (null when nobody does). */
  ownerSubjectId: string | null;
  snippet: ReturnType<typeof snippetAround>;
}

interface RawMention {
  id: string | number;
  kind: MentionRow["kind"];
  value: string;
  message_id: string | number;
  conversation_id: string;
  sent_at: string | Date;
  text: string;
  source_name: string;
  started_at: string | Date;
  conversation_subject_id: string | null;
  conversation_subject_name: string | null;
  owner_subject_id: string | null;
}

function shape(r: RawMention): MentionRow {
  // The snippet centres on the mentioned value where the text still holds it (a masked text does not);
  // found again by the detector, because a phone is stored in E.164 but written any way.
  const hit = detectPersonalData(r.text).find((m) => {
    const raw = r.text.slice(m.start, m.end);
    return (m.type === "email" && normaliseEmail(raw) === r.value) || (m.type === "phone" && normalisePhone(raw) === r.value);
  });
  return {
    id: Number(r.id),
    kind: r.kind,
    value: r.value,
    messageId: Number(r.message_id),
    conversationId: r.conversation_id,
    sentAt: new Date(r.sent_at),
    sourceName: r.source_name,
    startedAt: new Date(r.started_at),
    conversationSubjectId: r.conversation_subject_id,
    conversationSubjectName: r.conversation_subject_name,
    ownerSubjectId: r.owner_subject_id,
    snippet: hit ? snippetAround(r.text, hit.start, hit.end) : null,
  };
}

const MENTION_COLUMNS = sql`sm.id, sm.kind, sm.value, sm.message_id, sm.conversation_id, m.sent_at, m.text, src.name as source_name,
  c.started_at, c.subject_id as conversation_subject_id, cs.display_name as conversation_subject_name, owner.subject_id as owner_subject_id`;
const MENTION_JOINS = sql`join messages m on m.id = sm.message_id
  join conversations c on c.id = sm.conversation_id
  join chat_sources src on src.id = c.source_id
  left join data_subjects cs on cs.id = c.subject_id
  left join subject_identifiers owner on owner.kind = sm.kind and owner.value = sm.value`;

/**
 * Mentions of one person's identifiers in conversations that are not theirs ("Mentioned in"), and
 * identifiers typed in their own conversations that are not theirs (candidates the DPO may confirm).
 * Both go through the (kind, value) and conversation indexes, never a text scan.
 */
export async function listSubjectMentions(subjectId: string, db: DbOrTx = getDb()) {
  if (!isUuid(subjectId)) return { mentionedIn: [], mentionedInTotal: 0, typedInOwn: [], typedInOwnTotal: 0 };
  const [mentionedIn, [mentionedInTotal], typedInOwn, [typedInOwnTotal]] = await Promise.all([
    queryRows<RawMention>(
      db,
      sql`select ${MENTION_COLUMNS} from subject_mentions sm ${MENTION_JOINS}
           where owner.subject_id = ${subjectId}::uuid and c.subject_id is distinct from ${subjectId}::uuid
           order by m.sent_at desc, sm.id limit ${SUBJECT_MENTIONS_LIMIT}`,
    ),
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from subject_mentions sm
            join subject_identifiers si on si.kind = sm.kind and si.value = sm.value and si.subject_id = ${subjectId}::uuid
            join conversations c on c.id = sm.conversation_id
           where c.subject_id is distinct from ${subjectId}::uuid`,
    ),
    queryRows<RawMention>(
      db,
      sql`select ${MENTION_COLUMNS} from subject_mentions sm ${MENTION_JOINS}
           where c.subject_id = ${subjectId}::uuid and owner.subject_id is distinct from ${subjectId}::uuid
           order by m.sent_at desc, sm.id limit ${SUBJECT_MENTIONS_LIMIT}`,
    ),
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from subject_mentions sm
            join conversations c on c.id = sm.conversation_id and c.subject_id = ${subjectId}::uuid
           where not exists (select 1 from subject_identifiers si where si.kind = sm.kind and si.value = sm.value and si.subject_id = ${subjectId}::uuid)`,
    ),
  ]);
  return {
    mentionedIn: mentionedIn.map(shape),
    mentionedInTotal: Number(mentionedInTotal?.n ?? 0),
    typedInOwn: typedInOwn.map(shape),
    typedInOwnTotal: Number(typedInOwnTotal?.n ?? 0),
  };
}

/** One mention with its conversation and the holder of its identifier; null for an unknown or malformed id. */
export async function getMention(mentionId: number | string, db: DbOrTx = getDb()): Promise<(MentionRow & { conversationAnonymised: boolean }) | null> {
  const id = typeof mentionId === "number" ? mentionId : /^[1-9][0-9]{0,17}$/.test(mentionId) ? Number(mentionId) : NaN;
  if (!Number.isSafeInteger(id)) return null;
  const [row] = await queryRows<RawMention & { anonymised: boolean }>(
    db,
    sql`select ${MENTION_COLUMNS}, c.anonymised_at is not null as anonymised from subject_mentions sm ${MENTION_JOINS} where sm.id = ${id}`,
  );
  return row ? { ...shape(row), conversationAnonymised: Boolean(row.anonymised) } : null;
}
