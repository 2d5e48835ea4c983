import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { apiError, apiJson, internalError, readLimitedBody, refusalResponse } from "@/lib/http";
import { isRefusal, ok, refusalApiCode, refusalState, refuse, REFUSAL_STATUS, type RefusalCode } from "@/lib/outcome";

type Envelope = { error: { code: string; message: string; details?: string[] } };
const envelope = async (response: Response) => (await response.json()) as Envelope;

describe("ok and refuse", () => {
  it("ok() marks the success and keeps what the caller needs", () => {
    assert.deepEqual(ok(), { ok: true });
    assert.deepEqual(ok({ id: "r-1", outboxIds: [3] }), { ok: true, id: "r-1", outboxIds: [3] });
    // A payload cannot smuggle in a refusal.
    assert.equal(ok({ ok: false } as unknown as object).ok, true);
  });

  it("refuse() carries code, sentence and only a field that was given", () => {
    assert.deepEqual(refuse("not_found", "There is no such request."), { ok: false, code: "not_found", message: "There is no such request." });
    assert.ok(!("field" in refuse("conflict", "Already closed.")), "no field key when no field is to blame");
    assert.deepEqual(refuse("taken", "That name is taken.", "name"), { ok: false, code: "taken", message: "That name is taken.", field: "name" });
  });

  it("isRefusal tells a refusal from a success and from anything else", () => {
    assert.equal(isRefusal(refuse("invalid", "No.")), true);
    assert.equal(isRefusal(ok({ id: 1 })), false);
    for (const other of [null, undefined, "refused", 0, {}, { ok: false }, { ok: false, code: 1 }, { ok: "false", code: "invalid" }]) {
      assert.equal(isRefusal(other), false, JSON.stringify(other) ?? String(other));
    }
  });
});

describe("refusalState", () => {
  it("puts the sentence at the top, and under the field when one is to blame", () => {
    assert.deepEqual(refusalState(refuse("conflict", "This request is closed.")), { ok: false, message: "This request is closed." });
    assert.deepEqual(refusalState(refuse("invalid", "Choose an active user.", "assigneeId")), {
      ok: false,
      message: "Choose an active user.",
      errors: { assigneeId: ["Choose an active user."] },
    });
  });

  it("echoes the submitted values when given, and only then", () => {
    const values = { key: "shop", name: "Shop chat" };
    const state = refusalState(refuse("taken", "A source with this key exists already. Choose another key.", "key"), values);
    assert.deepEqual(state.values, values);
    assert.deepEqual(state.errors, { key: ["A source with this key exists already. Choose another key."] });
    assert.ok(!("values" in refusalState(refuse("not_found", "Gone."))));
  });

  it("leaves the API's item list out of the form state", () => {
    const state = refusalState({ ...refuse("invalid", "The batch is not valid; nothing was written."), details: ["conversations[0].startedAt: x"] });
    assert.deepEqual(state, { ok: false, message: "The batch is not valid; nothing was written." });
  });
});

describe("refusalResponse", () => {
  const expected: Record<RefusalCode, [number, string]> = {
    invalid: [400, "invalid_request"],
    not_found: [404, "not_found"],
    taken: [409, "taken"],
    conflict: [409, "conflict"],
    forbidden: [403, "forbidden"],
  };

  for (const [code, [status, apiCode]] of Object.entries(expected) as Array<[RefusalCode, [number, string]]>) {
    it(`answers ${code} with ${status} ${apiCode} and the same sentence`, async () => {
      assert.equal(REFUSAL_STATUS[code], status);
      assert.equal(refusalApiCode(code), apiCode);
      const response = refusalResponse(refuse(code, `Refused as ${code}.`));
      assert.equal(response.status, status);
      assert.equal(response.headers.get("cache-control"), "no-store");
      assert.deepEqual(await envelope(response), { error: { code: apiCode, message: `Refused as ${code}.` } });
    });
  }

  it("names the field to blame in the details", async () => {
    const response = refusalResponse(refuse("invalid", "The time the person was told cannot be in the future.", "toldAt"));
    assert.equal(response.status, 400);
    assert.deepEqual((await envelope(response)).error.details, ["toldAt: The time the person was told cannot be in the future."]);
  });

  it("lists each item to blame when the refusal names several, instead of the field", async () => {
    const details = ["conversations[0].startedAt: must lie between 1970 and tomorrow", "conversations[1].messages[0].sentAt: must lie between 1970 and tomorrow"];
    const response = refusalResponse({ ...refuse("invalid", "The batch is not valid; nothing was written.", "conversations"), details });
    assert.deepEqual((await envelope(response)).error, { code: "invalid_request", message: "The batch is not valid; nothing was written.", details });
  });

  it("keeps an endpoint's established code for bad input, and only for bad input", async () => {
    const invalid = refusalResponse(refuse("invalid", "The batch is not valid; nothing was written."), { invalidCode: "invalid_batch" });
    assert.equal(invalid.status, 400);
    assert.equal((await envelope(invalid)).error.code, "invalid_batch");
    const missing = refusalResponse(refuse("not_found", "Gone."), { invalidCode: "invalid_batch" });
    assert.equal(missing.status, 404);
    assert.equal((await envelope(missing)).error.code, "not_found");
  });
});

describe("apiJson, apiError and internalError", () => {
  it("answers JSON that is never cached, with the status and extra headers given", async () => {
    const response = apiJson({ id: 1 }, 201, { Location: "/api/v1/requests/1" });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get("cache-control"), "no-store");
    assert.equal(response.headers.get("location"), "/api/v1/requests/1");
    assert.deepEqual(await response.json(), { id: 1 });
  });

  it("wraps an error in the envelope, with details only when there are some", async () => {
    assert.deepEqual(await envelope(apiError(404, "not_found", "There is no API endpoint at this path.")), { error: { code: "not_found", message: "There is no API endpoint at this path." } });
    assert.deepEqual(await envelope(apiError(400, "invalid_request", "Bad.", [])), { error: { code: "invalid_request", message: "Bad." } }, "an empty list is no details");
    const challenged = apiError(401, "unauthorized", "Send an API key.", undefined, { "WWW-Authenticate": "Bearer" });
    assert.equal(challenged.status, 401);
    assert.equal(challenged.headers.get("www-authenticate"), "Bearer");
  });

  it("answers 500 and logs the kind of failure, never its message", async () => {
    const logged = mock.method(console, "error", () => undefined);
    try {
      const response = internalError("requests.post", new TypeError("value 'anna@example.com' is not valid"));
      assert.equal(response.status, 500);
      assert.equal((await envelope(response)).error.code, "internal_error");
      assert.equal(logged.mock.callCount(), 1);
      const line = String(logged.mock.calls[0]!.arguments[0]);
      assert.match(line, /requests\.post: TypeError/);
      assert.ok(!line.includes("anna@example.com"));
    } finally {
      logged.mock.restore();
    }
  });
});

describe("readLimitedBody", () => {
  const post = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request("http://localhost/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("reads a body within the limit", async () => {
    assert.deepEqual(await readLimitedBody(post('{"a":1}'), 100), { ok: true, text: '{"a":1}' });
    assert.deepEqual(await readLimitedBody(new Request("http://localhost/api"), 100), { ok: true, text: "" });
  });

  it("refuses a declared length above the limit unread, and a length that is not a number", async () => {
    const tooLarge = await readLimitedBody(post("x".repeat(10), { "content-length": "5000" }), 100);
    assert.ok(!tooLarge.ok);
    assert.equal(tooLarge.response.status, 413);
    assert.equal((await envelope(tooLarge.response)).error.code, "payload_too_large");
    const garbled = await readLimitedBody(post("x", { "content-length": "12abc" }), 100);
    assert.ok(!garbled.ok);
    assert.equal(garbled.response.status, 400);
  });

  it("stops reading a chunked body at the limit", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(40).fill(120));
        controller.close();
      },
    });
    const result = await readLimitedBody(post(stream), 100);
    assert.ok(!result.ok);
    assert.equal(result.response.status, 413);
  });

  it("refuses a body that is not UTF-8", async () => {
    const result = await readLimitedBody(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 100);
    assert.ok(!result.ok);
    assert.equal(result.response.status, 400);
    assert.equal((await envelope(result.response)).error.code, "invalid_json");
  });
});
