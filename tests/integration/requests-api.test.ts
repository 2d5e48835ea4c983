import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { POST as postAction } from "@/app/api/v1/requests/[id]/[action]/route";
import { GET as getRequest } from "@/app/api/v1/requests/[id]/route";
import { POST as postRequest } from "@/app/api/v1/requests/route";
import { createApiKey } from "@/db/queries/api-keys";
import { withAudit } from "@/db/queries/audit";
import { auditLog, users } from "@/db/schema";
import { seedFoundation } from "@/db/seed/foundation";
import { useTestDatabase } from "../helpers/db";

const BASE = "http://localhost";
const DAY = 86_400_000;

function call(handler: (r: Request) => Promise<Response>, path: string, key: string | null, body?: unknown, raw?: string) {
  return handler(
    new Request(`${BASE}${path}`, {
      method: body === undefined && raw === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    }),
  );
}

const create = (key: string | null, body: unknown) => call(postRequest, "/api/v1/requests", key, body);
const get = (key: string | null, id: string) =>
  getRequest(new Request(`${BASE}/api/v1/requests/${id}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }), { params: Promise.resolve({ id }) });
const act = (key: string, id: string, action: string, body: unknown) =>
  postAction(
    new Request(`${BASE}/api/v1/requests/${id}/${action}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify(body) }),
    { params: Promise.resolve({ id, action }) },
  );

type Json = Record<string, unknown> & { error?: { code: string; message: string; details?: string[] } };

describe("requests API v1", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let writer: string;
  let reader: string;
  let chatsOnly: string;
  let dpoId: string;
  before(async () => {
    db = await useTestDatabase();
    await withAudit({ type: "system" }, (tx) => seedFoundation(tx), () => []);
    writer = (await createApiKey({ type: "system" }, { name: "crm", scopes: ["requests:write", "requests:read"] })).key;
    reader = (await createApiKey({ type: "system" }, { name: "report", scopes: ["requests:read"] })).key;
    chatsOnly = (await createApiKey({ type: "system" }, { name: "chat", scopes: ["chats:write"] })).key;
    const [u] = await db.handle.db.select({ id: users.id }).from(users).where(eq(users.role, "dpo"));
    dpoId = u!.id;
  });
  after(() => db.cleanup());

  const recent = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();
  const valid = (over: Record<string, unknown> = {}) => ({ type: "erasure", receivedAt: recent(3), channel: "email", subject: { name: "Api Person", email: "Api.Person@Example.org" }, details: "Please erase.", ...over });

  it("refuses without a key, with an unknown key, or without the scope", async () => {
    assert.equal((await create(null, valid())).status, 401);
    assert.equal((await create("dpo_not_a_key", valid())).status, 401);
    const noScope = await create(chatsOnly, valid());
    assert.equal(noScope.status, 403);
    assert.match(((await noScope.json()) as Json).error!.message, /requests:write/);
    assert.equal((await create(reader, valid())).status, 403, "read scope cannot write");
  });

  it("records a request with its due dates and audits it as the API key", async () => {
    const res = await create(writer, valid({ receivedAt: "2026-01-31T10:00:00Z", acknowledge: true }));
    assert.equal(res.status, 201);
    const body = (await res.json()) as Json;
    assert.match(String(body.reference), /^DSR-2026-\d{4}$/);
    assert.equal(body.status, "received");
    assert.equal(body.channel, "email");
    assert.equal(body.dueDate, "2026-03-02");
    assert.equal(body.extendedDueDate, null);
    assert.deepEqual(body.dueDateExplanation, ["received 31 January 2026", "28 February 2026 (no 31st in February)", "Monday 2 March 2026 (weekend)"]);
    assert.deepEqual(body.subject, { name: "Api Person", email: "api.person@example.org", phone: null, emailConfirmed: false });
    assert.equal(res.headers.get("location"), `/api/v1/requests/${body.id}`);
    const [entry] = await db.handle.db.select().from(auditLog).where(eq(auditLog.entityId, String(body.id)));
    assert.equal(entry!.actorType, "api");
    assert.equal(entry!.action, "request.create");
    assert.ok(!JSON.stringify(entry!.summary).includes("Api Person"));

    const read = await get(reader, String(body.id));
    assert.equal(read.status, 200);
    assert.equal(((await read.json()) as Json).reference, body.reference);
  });

  it("answers 400 with the fields for bad input, and writes nothing", async () => {
    const before = await db.handle.db.select().from(auditLog);
    const bad = await create(writer, { type: "deletion", receivedAt: "yesterday", subject: {} });
    assert.equal(bad.status, 400);
    const err = ((await bad.json()) as Json).error!;
    assert.equal(err.code, "invalid_request");
    assert.ok(err.details!.some((d) => d.startsWith("type:")));
    assert.ok(err.details!.some((d) => d.startsWith("receivedAt:")));
    const future = await create(writer, valid({ receivedAt: new Date(Date.now() + 2 * DAY).toISOString() }));
    assert.ok(((await future.json()) as Json).error!.details!.some((d) => /future/.test(d)));
    assert.equal((await create(writer, valid({ channel: "web_form" }))).status, 400, "the web form has its own intake");
    assert.equal((await create(writer, valid({ subject: { email: "not-an-email" } }))).status, 400);
    assert.equal((await create(writer, valid({ extra: 1 }))).status, 400);
    assert.equal((await call(postRequest, "/api/v1/requests", writer, undefined, "{not json")).status, 400);
    assert.equal((await db.handle.db.select().from(auditLog)).length, before.length);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    assert.equal((await get(reader, "00000000-0000-4000-8000-000000000000")).status, 404);
    assert.equal((await get(reader, "nope")).status, 404);
    assert.equal((await act(writer, "00000000-0000-4000-8000-000000000000", "close", { outcome: "x" })).status, 404);
  });

  it("works a request through assign, verify, extend and close, with the UI's rules", async () => {
    const created = (await (await create(writer, valid({ receivedAt: recent(2) }))).json()) as Json;
    const id = String(created.id);
    const unknown = await act(writer, id, "archive", {});
    assert.equal(unknown.status, 400);
    assert.match(((await unknown.json()) as Json).error!.message, /Accepted actions: verify, assign, extend, reject, close, fulfil\./);

    const early = await act(writer, id, "close", { outcome: "Done" });
    assert.equal(early.status, 409);
    assert.match(((await early.json()) as Json).error!.message, /in progress/);

    assert.equal((await act(writer, id, "assign", { assigneeId: dpoId })).status, 200);
    const badAssignee = await act(writer, id, "assign", { assigneeId: "00000000-0000-4000-8000-000000000000" });
    assert.equal(badAssignee.status, 400);

    const verified = await act(writer, id, "verify", { method: "matching_details", notes: "Order number matched." });
    assert.equal(verified.status, 200);
    const v = (await verified.json()) as Json;
    assert.equal(v.status, "in_progress");
    assert.equal((v.identity as { method: string }).method, "matching_details");

    const noReason = await act(writer, id, "extend", { reason: "" });
    assert.equal(noReason.status, 409);
    const extended = await act(writer, id, "extend", { reason: "Several years of chats to review." });
    assert.equal(extended.status, 200);
    const e = (await extended.json()) as Json;
    assert.match(String(e.extendedDueDate), /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(e.effectiveDueDate, e.extendedDueDate);
    // The notice is queued for the e-mail address; with no mail server in the test it is not sent, so the
    // person is not told yet (Art. 12(3)): the API says so rather than report the queueing time.
    assert.equal((e.extension as { notifiedAt: string | null }).notifiedAt, null);

    const closed = await act(writer, id, "close", { outcome: "Data erased; confirmation e-mailed." });
    assert.equal(closed.status, 200);
    assert.equal(((await closed.json()) as Json).status, "completed");
    assert.equal((await act(writer, id, "reject", { ground: "other", reasons: "x" })).status, 409);

    const actions = (await db.handle.db.select({ action: auditLog.action, actorType: auditLog.actorType }).from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id)).map(
      (a) => `${a.actorType}:${a.action}`,
    );
    assert.deepEqual(actions, ["api:request.create", "api:request.assign", "api:request.verify", "api:request.extend", "api:request.complete"]);
  });

  it("refuses an extension after the first month", async () => {
    const created = (await (await create(writer, valid({ receivedAt: recent(40) }))).json()) as Json;
    const res = await act(writer, String(created.id), "extend", { reason: "Complex" });
    assert.equal(res.status, 409);
    assert.match(((await res.json()) as Json).error!.message, /first month has ended/);
  });

  it("rejects with reasons, and validates the body per action", async () => {
    const created = (await (await create(writer, valid())).json()) as Json;
    const id = String(created.id);
    const missing = await act(writer, id, "reject", { ground: "excessive" });
    assert.equal(missing.status, 400);
    assert.ok(((await missing.json()) as Json).error!.details!.some((d) => d.startsWith("reasons:")));
    const ok = await act(writer, id, "reject", { ground: "excessive", reasons: "Fifth identical request this month.", notify: true });
    assert.equal(ok.status, 200);
    const body = (await ok.json()) as Json;
    assert.equal(body.status, "rejected");
    assert.deepEqual(body.rejection, { ground: "excessive", reasons: "Fifth identical request this month." });
  });
});
