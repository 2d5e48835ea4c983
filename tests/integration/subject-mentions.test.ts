import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, asc, eq } from "drizzle-orm";
import { GET as getSubjects } from "@/app/api/v1/subjects/route";
import { createApiKey } from "@/db/queries/api-keys";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ingestBatch } from "@/db/queries/chats";
import { buildAccessPackage, executeErasure, getAccessPackage, listAccessPackages, recordRequest, verifyRequestIdentity } from "@/db/queries/requests";
import { listSubjectMentions } from "@/db/queries/subjects";
import { chatSources, conversations, dataSubjects, messages, subjectIdentifiers, subjectMentions, users } from "@/db/schema";
import { seedFoundation } from "@/db/seed/foundation";
import { batchSchema } from "@/lib/chats/batch-schema";
import type { AccessPackageJson } from "@/lib/requests/access-package";
import { useTestDatabase } from "../helpers/db";

// The defect this guards: what a visitor types is a mention of whoever holds it, never the visitor's own
// identifier. A writes her neighbour's address and phone; B pastes A's address into his own chat.
const NOW = Math.floor(Date.now() / 1000) * 1000;
const at = (daysAgo: number, minutes = 0) => new Date(NOW - daysAgo * 86_400_000 + minutes * 60_000).toISOString();
const A = { name: "Alva Berglund", email: "alva.berglund@example.org" };
const B = { name: "Bruno Falk", email: "bruno.falk@example.net", secret: "Is the tent waterproof in a storm?" };
const NEIGHBOUR = { email: "nils.granne@example.com", phone: "070-555 12 34", e164: "+46705551234" };

describe("a typed identifier is a mention, not an identity", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: Actor;
  const conversation = async (externalId: string) => {
    const [row] = await db.handle.db.select({ c: conversations }).from(conversations).innerJoin(chatSources, eq(chatSources.id, conversations.sourceId)).where(eq(conversations.externalId, externalId));
    return row?.c;
  };
  const owners = (value: string) => db.handle.db.select({ subjectId: subjectIdentifiers.subjectId }).from(subjectIdentifiers).where(eq(subjectIdentifiers.value, value));

  async function verifiedRequest(type: "access" | "erasure") {
    const r = await recordRequest(dpo, {
      type,
      channel: "email",
      submittedAt: new Date(NOW - 3_600_000),
      receivedAt: new Date(NOW - 3_600_000),
      subjectName: A.name,
      subjectEmail: A.email,
      subjectPhone: null,
      details: "Everything you hold on me",
      acknowledge: false,
    });
    if (!r.ok) throw new Error(r.message);
    assert.ok((await verifyRequestIdentity(dpo, r.request.id, { method: "matching_details", notes: "" })).ok);
    return r.request.id;
  }

  before(async () => {
    db = await useTestDatabase();
    await withAudit({ type: "system" }, (tx) => seedFoundation(tx), () => []);
    const [u] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    dpo = { type: "user", id: u!.id };
    const batch = (conversationsIn: unknown[]) => batchSchema.parse({ source: "website", conversations: conversationsIn });
    await ingestBatch(
      { type: "system" },
      batch([
        {
          externalId: "a-1",
          startedAt: at(3),
          visitor: { externalId: "va", name: A.name, email: A.email },
          messages: [
            { externalId: "1", sentAt: at(3, 1), author: "visitor", text: `My neighbour wants a quote too: ${NEIGHBOUR.email}, ${NEIGHBOUR.phone}` },
            { externalId: "2", sentAt: at(3, 2), author: "agent", text: "Thanks, we will write to him." },
          ],
        },
      ]),
      { sourceKind: "api" },
    );
    await ingestBatch(
      { type: "system" },
      batch([
        {
          externalId: "b-1",
          startedAt: at(2),
          visitor: { externalId: "vb", name: B.name, email: B.email },
          messages: [
            { externalId: "1", sentAt: at(2, 1), author: "visitor", text: `${A.email} recommended you.` },
            { externalId: "2", sentAt: at(2, 2), author: "visitor", text: B.secret },
          ],
        },
      ]),
      { sourceKind: "api" },
    );
  });
  after(() => db.cleanup());

  it("keeps A and B apart: B keeps his conversation, and the neighbour's details are nobody's identifiers", async () => {
    const a1 = await conversation("a-1");
    const b1 = await conversation("b-1");
    assert.ok(a1?.subjectId && b1?.subjectId);
    assert.notEqual(a1.subjectId, b1.subjectId, "B is not merged into A");
    assert.deepEqual(await owners(A.email), [{ subjectId: a1.subjectId }]);
    assert.deepEqual(await owners(B.email), [{ subjectId: b1.subjectId }]);
    assert.deepEqual(await owners(NEIGHBOUR.email), [], "the neighbour's address is not A's identifier");
    assert.deepEqual(await owners(NEIGHBOUR.e164), [], "the neighbour's phone is not A's identifier");
    const [bruno] = await db.handle.db.select().from(dataSubjects).where(eq(dataSubjects.id, b1.subjectId));
    assert.equal(bruno?.displayName, B.name);
  });

  it("stores the typed details as mentions, and the person page lists them apart from own conversations", async () => {
    const a1 = (await conversation("a-1"))!;
    const b1 = (await conversation("b-1"))!;
    const mentionsIn = (id: string) =>
      db.handle.db.select({ kind: subjectMentions.kind, value: subjectMentions.value }).from(subjectMentions).where(eq(subjectMentions.conversationId, id)).orderBy(asc(subjectMentions.kind), asc(subjectMentions.value));
    assert.deepEqual(await mentionsIn(a1.id), [
      { kind: "email", value: NEIGHBOUR.email },
      { kind: "phone", value: NEIGHBOUR.e164 },
    ]);
    assert.deepEqual(await mentionsIn(b1.id), [{ kind: "email", value: A.email }]);
    const forA = await listSubjectMentions(a1.subjectId!);
    assert.deepEqual(forA.mentionedIn.map((m) => [m.conversationId, m.value, m.conversationSubjectId]), [[b1.id, A.email, b1.subjectId]], "B's chat mentions A");
    assert.deepEqual(forA.typedInOwn.map((m) => m.value).sort(), [NEIGHBOUR.e164, NEIGHBOUR.email], "the neighbour's details, typed in A's own chat");
    assert.ok(forA.typedInOwn.every((m) => m.ownerSubjectId === null));
    assert.ok(forA.mentionedIn[0]!.snippet?.match === A.email);
    const forB = await listSubjectMentions(b1.subjectId!);
    assert.deepEqual(forB.mentionedIn, []);
    assert.deepEqual(forB.typedInOwn.map((m) => [m.value, m.ownerSubjectId]), [[A.email, a1.subjectId]]);
  });

  it("the subjects API returns the person who holds an identifier and, apart, the conversations that only mention it", async () => {
    const key = (await createApiKey({ type: "system" }, { name: "reader", scopes: ["chats:read"] })).key;
    const get = async (identifier: string) => {
      const res = await getSubjects(new Request(`http://localhost/api/v1/subjects?identifier=${encodeURIComponent(identifier)}`, { headers: { authorization: `Bearer ${key}` } }));
      assert.equal(res.status, 200);
      return (await res.json()) as { subjects: Array<{ id: string; conversations: Array<{ id: string }> }>; mentionedIn: Array<{ id: string; subjectId: string | null; mentioningMessages: number }> };
    };
    const a1 = (await conversation("a-1"))!;
    const b1 = (await conversation("b-1"))!;
    const alva = await get(A.email.toUpperCase());
    assert.deepEqual(alva.subjects.map((p) => [p.id, p.conversations.map((c) => c.id)]), [[a1.subjectId, [a1.id]]]);
    assert.deepEqual(alva.mentionedIn.map((c) => [c.id, c.subjectId, c.mentioningMessages]), [[b1.id, b1.subjectId, 1]]);
    const neighbour = await get(NEIGHBOUR.phone);
    assert.deepEqual(neighbour.subjects, [], "nobody holds the neighbour's phone");
    assert.deepEqual(neighbour.mentionedIn.map((c) => c.id), [a1.id]);
  });

  it("A's access package holds her own conversation, not B's chat", async () => {
    const id = await verifiedRequest("access");
    const built = await buildAccessPackage(dpo, id);
    assert.ok(built.ok, built.ok ? "" : built.message);
    const pkg = await getAccessPackage(id, built.version);
    const json = pkg!.json as unknown as AccessPackageJson;
    assert.deepEqual(json.conversations.map((c) => c.id), [(await conversation("a-1"))!.id]);
    const text = JSON.stringify(json);
    assert.ok(!text.includes(B.secret), "B's chat is not in A's package");
    assert.ok(!text.includes(B.email));
    assert.ok(!text.includes(NEIGHBOUR.email), "the neighbour's address is redacted from A's copy");
    assert.deepEqual(json.extracts, []);
    // B's conversation is listed for the DPO, left out by default, with the reason.
    const b1 = (await conversation("b-1"))!;
    const [listed] = await listAccessPackages(id);
    assert.deepEqual(listed!.mentions.map((m) => [m.conversationId, m.messages, m.included]), [[b1.id, 1, false]]);
    assert.match(listed!.mentions[0]!.reason, /left out/);

    // Included as an extract: only the message that mentions her, the writer shown by role only.
    const refused = await buildAccessPackage(dpo, id, new Date(), { extracts: { conversationIds: [(await conversation("a-1"))!.id] } });
    assert.ok(!refused.ok && refused.code === "invalid", "her own conversation is not an extract");
    const withExtract = await buildAccessPackage(dpo, id, new Date(), { extracts: { conversationIds: [b1.id], reason: "She asked who recommended us" } });
    assert.ok(withExtract.ok);
    const json2 = (await getAccessPackage(id, withExtract.version))!.json as unknown as AccessPackageJson;
    assert.deepEqual(json2.extracts.map((x) => [x.conversationId, x.messages.map((m) => [m.author, m.authorName, m.text])]), [[b1.id, [["visitor", null, `${A.email} recommended you.`]]]]);
    const text2 = JSON.stringify(json2);
    assert.ok(!text2.includes(B.secret) && !text2.includes(B.name) && !text2.includes(B.email), "nothing else of B's");
    const [latest] = await listAccessPackages(id);
    assert.deepEqual(latest!.mentions.map((m) => [m.included, m.reason]), [[true, "She asked who recommended us"]]);
  });

  it("A's erasure deletes her conversation, masks her address in B's, and leaves B's conversation", async () => {
    const id = await verifiedRequest("erasure");
    const result = await executeErasure(dpo, id, { exception: "none", note: "" });
    assert.ok(result.ok, result.ok ? "" : result.message);
    assert.equal(await conversation("a-1"), undefined, "A's own conversation is deleted");
    const b1 = await conversation("b-1");
    assert.ok(b1, "B's conversation stays");
    assert.ok(b1.subjectId);
    const texts = (await db.handle.db.select({ text: messages.text }).from(messages).where(eq(messages.conversationId, b1.id))).map((m) => m.text);
    assert.ok(texts.includes(B.secret));
    assert.ok(!texts.some((t) => t.includes(A.email)), "A's address is masked in B's conversation");
    assert.ok(texts.some((t) => t.includes("[email]")));
    assert.deepEqual(await owners(B.email), [{ subjectId: b1.subjectId }]);
    assert.equal((await db.handle.db.select().from(subjectIdentifiers).where(and(eq(subjectIdentifiers.value, A.email)))).length, 0);
    assert.equal((await db.handle.db.select().from(subjectMentions).where(eq(subjectMentions.value, A.email))).length, 0, "no mention keeps her address");
  });
});
