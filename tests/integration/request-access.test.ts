import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { and, eq, like } from "drizzle-orm";
import { withAudit, type Actor } from "@/db/queries/audit";
import { ingestBatch } from "@/db/queries/chats";
import { listOutbox } from "@/db/queries/outbox";
import { buildAccessPackage, fulfilAccessRequest, getAccessPackage, linkRequestSubject, listAccessPackages, packageJsonText, releaseAccessPackage, getRequestById, recordRequest, type NewRequestInput, verifyRequestIdentity } from "@/db/queries/requests";
import { auditLog, conversations, subjectIdentifiers, users } from "@/db/schema";
import { seedFoundation } from "@/db/seed/foundation";
import type { AccessPackageJson } from "@/lib/requests/access-package";
import { useTestDatabase } from "../helpers/db";

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
const ANNA = { name: "Anna Lindqvist", email: "anna.lindqvist@example.se", phone: "+46701112233" };
const BERTIL = { name: "Bertil Ek", email: "bertil.ek@example.org" };
const CORA = { name: "Cora Lund", email: "cora.lund@example.org" };
const AGENT = "Maja Supportsson";

describe("access packages", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let dpo: Actor;
  before(async () => {
    db = await useTestDatabase();
    await withAudit({ type: "system" }, (tx) => seedFoundation(tx), () => []);
    const [u] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    dpo = { type: "user", id: u!.id };
    await ingestBatch(
      { type: "system" },
      {
        source: "website",
        conversations: [
          {
            externalId: "anna-1",
            startedAt: at(120),
            visitor: { externalId: "v-anna", name: ANNA.name, email: ANNA.email, phone: ANNA.phone },
            messages: [
              { externalId: "1", sentAt: at(119), author: "visitor", text: `Hi, I'm ${ANNA.email} and my number is 070-111 22 33.` },
              { externalId: "2", sentAt: at(118), author: "agent", authorName: AGENT, text: `Is your address ${BERTIL.email}? Call us on 08-123 456 78 or text 070-999 88 77.` },
              { externalId: "3", sentAt: at(117), author: "visitor", text: "My card is 4111 1111 1111 1111 <b>thanks</b>" },
            ],
          },
          {
            externalId: "bertil-1",
            startedAt: at(100),
            visitor: { externalId: "v-bertil", name: BERTIL.name, email: BERTIL.email },
            messages: [{ externalId: "1", sentAt: at(99), author: "visitor", text: "Bertil's own private question" }],
          },
        ],
      },
      { sourceKind: "api" },
    );
  });
  after(() => db.cleanup());

  async function request(over: Partial<NewRequestInput> = {}) {
    const r = await recordRequest(dpo, {
      type: "access",
      channel: "email",
      submittedAt: new Date(),
      receivedAt: new Date(),
      subjectName: ANNA.name,
      subjectEmail: ANNA.email,
      subjectPhone: null,
      details: "Send me everything",
      acknowledge: false,
      ...over,
    });
    if (!r.ok) throw new Error(r.message);
    return r.request.id;
  }

  it("refuses before the request is in progress, and for other request types", async () => {
    const id = await request();
    const early = await buildAccessPackage(dpo, id);
    assert.ok(!early.ok && early.code === "conflict");
    const erasure = await request({ type: "erasure" });
    assert.ok((await verifyRequestIdentity(dpo, erasure, { method: "matching_details", notes: "" })).ok);
    const wrong = await buildAccessPackage(dpo, erasure);
    assert.ok(!wrong.ok && wrong.code === "conflict");
    const missing = await buildAccessPackage(dpo, "00000000-0000-4000-8000-000000000000");
    assert.ok(!missing.ok && missing.code === "not_found");
    assert.equal((await listAccessPackages(id)).length, 0);
  });

  it("builds a package with only the person's data, the Art. 15 information, and the redactions listed", async () => {
    const id = await request();
    assert.ok((await verifyRequestIdentity(dpo, id, { method: "matching_details", notes: "" })).ok);
    const built = await buildAccessPackage(dpo, id);
    assert.ok(built.ok, built.ok ? "" : built.message);
    assert.equal(built.version, 1);
    const pkg = await getAccessPackage(id, 1);
    assert.ok(pkg);
    const json = pkg.json as unknown as AccessPackageJson;
    assert.equal(json.conversations.length, 1);
    const text = JSON.stringify(json);
    assert.ok(text.includes(ANNA.email) && text.includes(ANNA.phone));
    assert.ok(!text.includes("Bertil's own private question"), "another person's conversation");
    assert.ok(!text.includes(BERTIL.email), "another person's email in the transcript");
    assert.ok(!text.includes(AGENT) && !text.includes("999 88 77"));
    const messages = json.conversations[0]!.messages;
    assert.deepEqual(messages.map((m) => m.author), ["visitor", "agent", "visitor"]);
    assert.equal(messages[1]!.authorName, "Agent");
    assert.match(messages[1]!.text, /\[redacted: another person's email\]/);
    assert.ok(messages[0]!.text.includes(ANNA.email) && messages[0]!.text.includes("070-111 22 33"), "the person's own email and phone stay");
    for (const id of ["purposes", "retention", "rights", "complaint", "source"]) assert.ok(json.information.some((s) => s.id === id), id);
    assert.ok(json.findings.some((f) => f.type === "card"));
    // The finding on the redacted address goes with it; the person's own stay.
    assert.ok(!json.findings.some((f) => f.type === "email" && f.messageSentAt === messages[1]!.sentAt));
    assert.ok(json.findings.some((f) => f.type === "email" && f.messageSentAt === messages[0]!.sentAt));
    const kinds = (await listAccessPackages(id))[0]!.redactions.map((r) => r.kind).sort();
    assert.deepEqual(kinds, ["agent_name", "email", "phone", "phone"]);
    assert.ok(pkg.html.includes("&lt;b&gt;thanks&lt;/b&gt;") && !pkg.html.includes("<b>thanks"));
    assert.equal(pkg.sha256, createHash("sha256").update(packageJsonText(pkg.json)).digest("hex"));
    // The audit entry: counts and the hash, never the person or their data.
    const [entry] = await db.handle.db.select().from(auditLog).where(and(eq(auditLog.action, "request.access_package.build"), eq(auditLog.entityId, id)));
    assert.ok(entry);
    const summary = JSON.stringify(entry.summary);
    for (const secret of [ANNA.name, ANNA.email, ANNA.phone, "anna", AGENT, BERTIL.email]) assert.ok(!summary.toLowerCase().includes(secret.toLowerCase()), secret);
    assert.equal((entry.summary as { sha256: string }).sha256, pkg.sha256);
    assert.deepEqual((entry.summary as { counts: unknown }).counts, { conversations: 1, messages: 3, identifiers: 3, findings: json.findings.length, redactions: 4 });
  });

  it("releases only the newest draft, once, and tells the person without sending the data", async () => {
    const id = await request();
    assert.ok((await verifyRequestIdentity(dpo, id, { method: "matching_details", notes: "" })).ok);
    const v1 = await buildAccessPackage(dpo, id);
    const v2 = await buildAccessPackage(dpo, id);
    assert.ok(v1.ok && v2.ok && v2.version === 2);
    const stale = await releaseAccessPackage(dpo, v1.packageId, { notify: true });
    assert.ok(!stale.ok && stale.code === "conflict");
    const released = await releaseAccessPackage(dpo, v2.packageId, { notify: true });
    assert.ok(released.ok && released.outboxIds.length === 1);
    const again = await releaseAccessPackage(dpo, v2.packageId, { notify: false });
    assert.ok(!again.ok && again.code === "conflict");
    const [latest] = await listAccessPackages(id);
    assert.equal(latest!.status, "released");
    assert.ok(latest!.releasedAt);
    const mail = (await listOutbox({ page: 1, pageSize: 50 })).rows.find((r) => r.id === released.outboxIds[0]);
    assert.ok(mail && mail.toAddress === ANNA.email);
    const [body] = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "request.access_package.release"));
    assert.ok(body && !JSON.stringify(body.summary).includes(ANNA.email));
  });

  it("finds the person by phone when the request was not linked, and lets the DPO link one", async () => {
    const id = await request({ subjectEmail: null, subjectPhone: "070-111 22 33", type: "portability" });
    assert.equal((await getRequestById(id))!.dataSubjectId, null, "intake matches exact values only");
    assert.ok((await verifyRequestIdentity(dpo, id, { method: "matching_details", notes: "" })).ok);
    const built = await buildAccessPackage(dpo, id);
    assert.ok(built.ok, built.ok ? "" : built.message);
    const [anna] = await db.handle.db.select({ subjectId: conversations.subjectId }).from(conversations).where(eq(conversations.externalId, "anna-1"));
    assert.equal((await getRequestById(id))!.dataSubjectId, anna!.subjectId);

    const stranger = await request({ subjectEmail: "nobody@example.net", subjectName: "Nobody" });
    assert.ok((await verifyRequestIdentity(dpo, stranger, { method: "matching_details", notes: "" })).ok);
    const none = await buildAccessPackage(dpo, stranger);
    assert.ok(!none.ok && /link the person/.test(none.message));
    const [bertil] = await db.handle.db.select({ subjectId: subjectIdentifiers.subjectId }).from(subjectIdentifiers).where(like(subjectIdentifiers.value, "bertil%"));
    assert.ok(!(await linkRequestSubject(dpo, stranger, "not-a-uuid")).ok);
    assert.ok((await linkRequestSubject(dpo, stranger, bertil!.subjectId)).ok);
    const linked = await buildAccessPackage(dpo, stranger);
    assert.ok(linked.ok);
    const json = (await getAccessPackage(stranger, 1))!.json as unknown as AccessPackageJson;
    assert.deepEqual(json.conversations.map((c) => c.messages[0]!.text), ["Bertil's own private question"]);
  });

  it("fulfil builds and releases at once when there is nothing to review, and leaves a draft otherwise", async () => {
    await ingestBatch(
      { type: "system" },
      { source: "website", conversations: [{ externalId: "cora-1", startedAt: at(90), visitor: { name: CORA.name, email: CORA.email }, messages: [{ externalId: "1", sentAt: at(89), author: "visitor", text: "Cora's question" }] }] },
      { sourceKind: "api" },
    );
    const cora = await request({ subjectEmail: CORA.email, subjectName: CORA.name });
    assert.ok((await verifyRequestIdentity(dpo, cora, { method: "matching_details", notes: "" })).ok);
    const clean = await fulfilAccessRequest(dpo, cora);
    assert.ok(clean.ok && clean.status === "released" && clean.redactions === 0 && clean.mentions === 0);
    // Nothing to redact in Bertil's own chat, but Anna's conversation mentions his address: the DPO decides on it.
    const bertil = await request({ subjectEmail: BERTIL.email, subjectName: BERTIL.name });
    assert.ok((await verifyRequestIdentity(dpo, bertil, { method: "matching_details", notes: "" })).ok);
    const mentioned = await fulfilAccessRequest(dpo, bertil);
    assert.ok(mentioned.ok && mentioned.status === "draft" && mentioned.redactions === 0 && mentioned.mentions === 1);
    const anna = await request();
    assert.ok((await verifyRequestIdentity(dpo, anna, { method: "matching_details", notes: "" })).ok);
    const review = await fulfilAccessRequest(dpo, anna);
    assert.ok(review.ok && review.status === "draft" && review.redactions === 4);
  });
});
