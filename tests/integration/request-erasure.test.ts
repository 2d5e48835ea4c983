import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, count, eq, sql } from "drizzle-orm";
import { POST as postAction } from "@/app/api/v1/requests/[id]/[action]/route";
import { createApiKey } from "@/db/queries/api-keys";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ingestBatch } from "@/db/queries/chats";
import { queryRows } from "@/db/sql";
import { placeLegalHold } from "@/db/queries/retention";
import { completeRequest, executeErasure, getErasureCertificate, markErasureProcessorNotified, previewErasure, recordRequest, addRequestNote, verifyRequestIdentity } from "@/db/queries/requests";
import { activityDataCategories, auditLog, chatSources, dataCategories, conversations, processingActivities, processorActivities, processors, dataSubjects, messages, outbox, requestErasures, subjectIdentifiers, subjectRequests, users } from "@/db/schema";
import { seedFoundation } from "@/db/seed/foundation";
import { batchSchema } from "@/lib/chats/batch-schema";
import { useTestDatabase } from "../helpers/db";

const NOW = Math.floor(Date.now() / 1000) * 1000;
const at = (daysAgo: number, minutes = 0) => new Date(NOW - daysAgo * 86_400_000 + minutes * 60_000).toISOString();
const msg = (externalId: string, author: "visitor" | "agent", text: string, sentAt: string) => ({ externalId, author, text, sentAt });

const A = { name: "Zelda Quist-Moreau", email: "zelda.quist@example.org", phone: "070-174 06 99", e164: "+46701740699", digits: "701740699" };
const B = { name: "Bertil Okonkwo", email: "bertil.okonkwo@example.net" };
const C = { name: "Cecilia Haraldsdottir", email: "cecilia.h@example.com" };

describe("erasure of a data subject's data", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: Actor;
  const run = <T>(q: ReturnType<typeof sql>) => queryRows<T>(db.handle.db, q);

  // Every text, varchar, jsonb and array column of every table: where does this value still occur?
  async function tablesHolding(value: string): Promise<string[]> {
    const cols = await run<{ table_name: string; column_name: string }>(sql`
      select c.table_name, c.column_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
       where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`);
    assert.ok(cols.length > 40, "the scan reads the whole schema");
    const hits: string[] = [];
    for (const c of cols) {
      const [r] = await run<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(c.table_name)} where strpos(lower(${sql.identifier(c.column_name)}::text), ${value.toLowerCase()}) > 0`);
      if (Number(r!.n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
    }
    return hits;
  }

  async function newErasureRequest(p: { name: string; email: string; phone?: string }) {
    const r = await recordRequest(dpo, {
      type: "erasure",
      channel: "email",
      submittedAt: new Date(NOW - 86_400_000),
      receivedAt: new Date(NOW - 86_400_000),
      subjectName: p.name,
      subjectEmail: p.email,
      subjectPhone: p.phone ? A.e164 : null,
      details: `Please delete everything about ${p.name}, reach me on ${p.email}`,
      acknowledge: true,
    });
    if (!r.ok) throw new Error(r.message);
    const v = await verifyRequestIdentity(dpo, r.request.id, { method: "matching_details", notes: `Matched ${p.email}` });
    assert.ok(v.ok);
    await addRequestNote(dpo, r.request.id, `Called ${p.name} back`);
    return r.request.id;
  }

  before(async () => {
    db = await useTestDatabase();
    await withAudit({ type: "system" }, (tx) => seedFoundation(tx), () => []);
    const [u] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    dpo = { type: "user", id: u!.id };
    const batch = batchSchema.parse({
      source: "website",
      conversations: [
        {
          externalId: "a-1",
          startedAt: at(3),
          visitor: { externalId: "va", name: A.name, email: A.email, phone: A.phone },
          messages: [msg("a-1-1", "visitor", `Hi, I am ${A.name}, my number is ${A.phone}`, at(3, 1)), msg("a-1-2", "agent", "Thanks, noted.", at(3, 2))],
        },
        {
          externalId: "b-1",
          startedAt: at(2),
          visitor: { externalId: "vb", name: B.name, email: B.email },
          // Typed by the visitor, an e-mail or phone would link B to A; the agent's words and a name do not.
          messages: [
            msg("b-1-1", "visitor", `My friend ${A.name} sent me. My card broke.`, at(2, 1)),
            msg("b-1-2", "agent", `Welcome Bertil! We told ${A.name.toUpperCase()} at ${A.email} or ${A.phone}.`, at(2, 2)),
          ],
        },
        { externalId: "c-1", startedAt: at(2), visitor: { externalId: "vc1", name: C.name, email: C.email }, messages: [msg("c-1-1", "visitor", "About my complaint", at(2, 1))] },
        { externalId: "c-2", startedAt: at(1), visitor: { externalId: "vc2", email: C.email }, messages: [msg("c-2-1", "visitor", "Second question", at(1, 1))] },
      ],
    });
    await ingestBatch({ type: "system" }, batch, { sourceKind: "api" });
    // A processor receiving the chat data, and one that does not (Art. 19 names only the first).
    const [chat] = await db.handle.db.insert(processingActivities).values({ name: "Customer chat", coversChat: true }).returning({ id: processingActivities.id });
    const [payroll] = await db.handle.db.insert(processingActivities).values({ name: "Payroll", coversChat: false }).returning({ id: processingActivities.id });
    const [chatVendor, payVendor] = await db.handle.db
      .insert(processors)
      .values([
        { name: "Chatly AB", country: "SE" },
        { name: "PayCo", country: "SE" },
      ])
      .returning({ id: processors.id });
    await db.handle.db.insert(processorActivities).values([
      { processorId: chatVendor!.id, activityId: chat!.id },
      { processorId: payVendor!.id, activityId: payroll!.id },
    ]);
    // An e-mail naming A that is not one of the request's letters.
    await db.handle.db.insert(outbox).values({ kind: "note", toAddress: "team@example.test", subject: "Call back", body: `Remember to call ${A.name} on ${A.e164}` });
  });
  after(() => db.cleanup());

  const conversationId = async (externalId: string) => {
    const [row] = await db.handle.db.select({ id: conversations.id }).from(conversations).innerJoin(chatSources, eq(chatSources.id, conversations.sourceId)).where(eq(conversations.externalId, externalId));
    return row?.id;
  };

  let requestA: string;
  it("previews what goes, what is masked elsewhere and who must be told", async () => {
    requestA = await newErasureRequest({ ...A, phone: A.e164 });
    const preview = await previewErasure(requestA);
    assert.ok(preview);
    assert.equal(preview.conversations.length, 1);
    assert.equal(preview.messages, 2);
    assert.deepEqual(preview.shared, { conversations: 1, messages: 2 });
    assert.ok(preview.identifiers.some((i) => i.kind === "email" && i.value === A.email));
    assert.equal(preview.removePerson, true);
    assert.deepEqual(preview.kept, []);
    assert.deepEqual(preview.processors.map((p) => p.name), ["Chatly AB"]);
    const withException = await previewErasure(requestA, "legal_claims");
    assert.equal(withException!.conversations.length, 0);
    assert.deepEqual(withException!.kept.map((k) => k.reason), ["exception"]);
  });

  it("erases A completely in one go: no table holds A's email, phone or name; B is untouched apart from A's details", async () => {
    assert.ok((await tablesHolding(A.email)).length > 0, "the scan finds A before the erasure");
    const result = await executeErasure(dpo, requestA, { exception: "none", note: "" });
    assert.ok(result.ok, result.ok ? "" : result.message);
    assert.equal(result.alreadyErased, false);
    const c = result.certificate;
    assert.equal(c.conversationsDeleted, 1);
    assert.equal(c.messagesDeleted, 2);
    assert.equal(c.messagesRedacted, 2);
    assert.equal(c.conversationsRedacted, 1);
    assert.ok(c.identifiersRemoved >= 3, `identifiers removed: ${c.identifiersRemoved}`);
    assert.equal(c.subjectRemoved, 1);
    assert.ok(c.outboxRedacted >= 2, `outbox redacted: ${c.outboxRedacted}`);
    assert.match(c.idsHash, /^[0-9a-f]{64}$/);
    for (const value of [A.email, A.e164, A.phone, A.digits, A.name, "zelda"]) {
      assert.deepEqual(await tablesHolding(value), [], `no table holds ${value}`);
    }
    // B: the conversation, its person and identifiers stay; only A's details in B's message are masked.
    assert.ok(await conversationId("b-1"));
    assert.ok((await tablesHolding(B.email)).includes("subject_identifiers.value"));
    assert.ok((await tablesHolding(B.name)).includes("conversations.visitor_name"));
    const bTexts = await db.handle.db.select({ text: messages.text }).from(messages).where(sql`${messages.externalId} like 'b-1-%'`).orderBy(messages.externalId);
    assert.deepEqual(bTexts.map((m) => m.text), ["My friend [name] sent me. My card broke.", "Welcome Bertil! We told [name] at [email] or [phone number]."]);
    assert.equal(await conversationId("a-1"), undefined);
    const [request] = await db.handle.db.select().from(subjectRequests).where(eq(subjectRequests.id, requestA));
    assert.match(request!.subjectName!, /^erased-[0-9a-f]{8}$/);
    assert.equal(request!.subjectEmail, null);
    assert.equal(request!.dataSubjectId, null);
    const [entry] = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "request.erase"), eq(auditLog.entityId, requestA)));
    assert.equal(entry!.summary.idsHash, c.idsHash);
  });

  it("is a no-op when run again, and says so", async () => {
    const [before] = await db.handle.db.select({ n: count() }).from(auditLog);
    const again = await executeErasure(dpo, requestA, { exception: "none", note: "" });
    assert.ok(again.ok);
    assert.equal(again.alreadyErased, true);
    const [afterCount] = await db.handle.db.select({ n: count() }).from(auditLog);
    assert.equal(afterCount!.n, before!.n);
  });

  it("keeps a certificate without personal data", async () => {
    const cert = await getErasureCertificate(requestA);
    assert.ok(cert);
    const text = JSON.stringify(cert).toLowerCase();
    for (const v of [A.email, A.e164, A.digits, A.name.toLowerCase(), "zelda"]) assert.ok(!text.includes(v), `certificate holds ${v}`);
  });

  it("ticks off the processors told (Art. 19), once each, with an audit entry", async () => {
    const cert = (await getErasureCertificate(requestA))!;
    assert.deepEqual(cert.processors.map((p) => [p.name, p.notifiedAt]), [["Chatly AB", null]]);
    const processorId = cert.processors[0]!.processorId;
    assert.deepEqual(await markErasureProcessorNotified(dpo, requestA, processorId), { ok: true });
    const twice = await markErasureProcessorNotified(dpo, requestA, processorId);
    assert.equal(twice.ok ? "ok" : twice.code, "conflict");
    const stranger = await markErasureProcessorNotified(dpo, requestA, "00000000-0000-4000-8000-000000000000");
    assert.equal(stranger.ok ? "ok" : stranger.code, "invalid");
    const after = (await getErasureCertificate(requestA))!;
    assert.ok(after.processors[0]!.notifiedAt);
    const entries = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "request.erasure_processor_notified"));
    assert.equal(entries.length, 1);
  });

  let requestC: string;
  it("leaves everything as it was when it fails half-way", async () => {
    requestC = await newErasureRequest(C);
    const snapshot = async () => {
      const tables = [conversations, messages, subjectIdentifiers, dataSubjects, auditLog, requestErasures] as const;
      const counts = await Promise.all(tables.map(async (t) => (await db.handle.db.select({ n: count() }).from(t))[0]!.n));
      const [req] = await db.handle.db.select().from(subjectRequests).where(eq(subjectRequests.id, requestC));
      const mail = await db.handle.db.select().from(outbox).orderBy(outbox.id);
      return { counts, req, mail };
    };
    const before = await snapshot();
    await assert.rejects(
      executeErasure(dpo, requestC, { exception: "none", note: "" }, { beforeCommit: () => { throw new Error("killed"); } }),
      /killed/,
    );
    assert.deepEqual(await snapshot(), before);
    assert.equal(await getErasureCertificate(requestC), null);
  });

  it("keeps a held conversation, lists it with its reason, and erases the rest", async () => {
    const held = (await conversationId("c-1"))!;
    const hold = await placeLegalHold(dpo, { target: "conversation", id: held, reason: "Pending court case" } as never);
    assert.ok((hold as { ok: boolean }).ok);
    const preview = await previewErasure(requestC);
    assert.deepEqual(preview!.kept.map((k) => [k.conversationId, k.reason]), [[held, "conversation_hold"]]);
    assert.equal(preview!.removePerson, false);
    const result = await executeErasure(dpo, requestC, { exception: "none", note: "" });
    assert.ok(result.ok);
    assert.deepEqual(result.certificate.kept, [{ conversationId: held, reason: "conversation_hold" }]);
    assert.equal(result.certificate.conversationsDeleted, 1);
    assert.ok(await conversationId("c-1"));
    assert.equal(await conversationId("c-2"), undefined);
    const [req] = await db.handle.db.select().from(subjectRequests).where(eq(subjectRequests.id, requestC));
    assert.equal(req!.subjectEmail, null);
  });

  it("refuses a request of another type and a missing id", async () => {
    const r = await recordRequest(dpo, { type: "access", channel: "email", submittedAt: new Date(), receivedAt: new Date(), subjectName: null, subjectEmail: null, subjectPhone: null, details: "", acknowledge: false });
    assert.ok(r.ok);
    const other = await executeErasure(dpo, r.request.id, { exception: "none", note: "" });
    assert.equal(other.ok, false);
    const missing = await executeErasure(dpo, "00000000-0000-4000-8000-000000000000", { exception: "none", note: "" });
    assert.equal(missing.ok ? "ok" : missing.code, "not_found");
  });

  it("fulfils over the API: erasure with its certificate, the same rules, scope and audit", async () => {
    const writer = (await createApiKey({ type: "system" }, { name: "crm", scopes: ["requests:write", "requests:read"] })).key;
    const reader = (await createApiKey({ type: "system" }, { name: "report", scopes: ["requests:read"] })).key;
    const D = { name: "Dagny Westerberg", email: "dagny.w@example.com" };
    await ingestBatch({ type: "system" }, batchSchema.parse({ source: "website", conversations: [{ externalId: "d-1", startedAt: at(1), visitor: { externalId: "vd", name: D.name, email: D.email }, messages: [msg("d-1-1", "visitor", "Hello there", at(1, 1))] }] }), { sourceKind: "api" });
    const id = await newErasureRequest(D);
    const call = (key: string, action: string, body: unknown) =>
      postAction(new Request(`http://localhost/api/v1/requests/${id}/${action}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify(body) }), {
        params: Promise.resolve({ id, action }),
      });
    assert.equal((await call(reader, "fulfil", {})).status, 403);
    const bad = await call(writer, "fulfil", { exception: "because" });
    assert.equal(bad.status, 400);
    const noNote = await call(writer, "fulfil", { exception: "legal_claims" });
    assert.equal(noNote.status, 400);
    const unknown = await call(writer, "erase", {});
    assert.equal(unknown.status, 400);
    assert.match(((await unknown.json()) as { error: { message: string } }).error.message, /fulfil/);
    const ok = await call(writer, "fulfil", {});
    assert.equal(ok.status, 200);
    const body = (await ok.json()) as { alreadyErased: boolean; certificate: { counts: { conversationsDeleted: number }; idsHash: string }; request: { subject: { email: string | null } } };
    assert.equal(body.alreadyErased, false);
    assert.equal(body.certificate.counts.conversationsDeleted, 1);
    assert.equal(body.request.subject.email, null);
    assert.deepEqual(await tablesHolding(D.email), []);
    const again = (await (await call(writer, "fulfil", {})).json()) as { alreadyErased: boolean; certificate: { idsHash: string } };
    assert.equal(again.alreadyErased, true);
    assert.equal(again.certificate.idsHash, body.certificate.idsHash);
    const [entry] = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "request.erase"), eq(auditLog.entityId, id)));
    assert.equal(entry!.actorType, "api");
  });

  it("answers 409 over the API for a type with no automatic fulfilment", async () => {
    const writer = (await createApiKey({ type: "system" }, { name: "crm2", scopes: ["requests:write"] })).key;
    const r = await recordRequest(dpo, { type: "objection", channel: "email", submittedAt: new Date(), receivedAt: new Date(), subjectName: null, subjectEmail: null, subjectPhone: null, details: "", acknowledge: false });
    assert.ok(r.ok);
    const res = await postAction(
      new Request(`http://localhost/api/v1/requests/${r.request.id}/fulfil`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${writer}` }, body: "{}" }),
      { params: Promise.resolve({ id: r.request.id, action: "fulfil" }) },
    );
    assert.equal(res.status, 409);
  });

  it("tells every recipient whose activity holds the chat data (Art. 19), and closing with some untold needs a reason", async () => {
    // A CRM activity keeps the same e-mail addresses as the chat: its processor received the person's data too.
    const [email] = await db.handle.db.insert(dataCategories).values({ name: "E-mail address (Art. 19 test)" }).returning({ id: dataCategories.id });
    const [chat] = await db.handle.db.select({ id: processingActivities.id }).from(processingActivities).where(eq(processingActivities.name, "Customer chat"));
    const [crm] = await db.handle.db.insert(processingActivities).values({ name: "CRM", coversChat: false }).returning({ id: processingActivities.id });
    const [mailer] = await db.handle.db.insert(processors).values({ name: "Mailer Ltd", country: "IE" }).returning({ id: processors.id });
    await db.handle.db.insert(processorActivities).values({ processorId: mailer!.id, activityId: crm!.id });
    await db.handle.db.insert(activityDataCategories).values([{ activityId: chat!.id, categoryId: email!.id }, { activityId: crm!.id, categoryId: email!.id }]);

    const id = await newErasureRequest({ name: "Dora Dahl", email: "dora@example.org" });
    const done = await executeErasure(dpo, id, { exception: "none", note: "" });
    assert.ok(done.ok, done.ok ? "" : done.message);
    assert.deepEqual(done.certificate.processors.map((p) => p.name), ["Chatly AB", "Mailer Ltd"], "PayCo's payroll holds no chat data");

    const refused = await completeRequest(dpo, id, { outcome: "Erased." });
    assert.ok(!refused.ok && refused.field === "untoldReason" && /Chatly AB, Mailer Ltd/.test(refused.message));
    assert.ok((await markErasureProcessorNotified(dpo, id, done.certificate.processors[0]!.processorId)).ok);
    const stillOne = await completeRequest(dpo, id, { outcome: "Erased.", untoldReason: "  " });
    assert.ok(!stillOne.ok && /Mailer Ltd/.test(stillOne.message) && !/Chatly/.test(stillOne.message));
    const closed = await completeRequest(dpo, id, { outcome: "Erased.", untoldReason: "Mailer Ltd's contract ended; its deletion certificate covers this data." });
    assert.ok(closed.ok);
    const [entry] = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "request.complete")));
    assert.equal((entry!.summary as { untoldRecipients: number }).untoldRecipients, 1);
  });
});
