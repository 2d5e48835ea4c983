import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalJson, changedFields, changedLinks, diffIds, entryHash, GENESIS_HASH, stripSecrets, type HashedContent } from "@/lib/audit/hash";

describe("canonicalJson", () => {
  it("does not depend on key order", () => {
    assert.equal(canonicalJson({ b: 1, a: 2 }), canonicalJson({ a: 2, b: 1 }));
    assert.equal(canonicalJson({ b: 1, a: 2 }), '{"a":2,"b":1}');
  });

  it("sorts keys at every depth, inside arrays too", () => {
    const one = { z: { y: 1, x: [{ d: 1, c: 2 }, 3] }, a: null };
    const two = { a: null, z: { x: [{ c: 2, d: 1 }, 3], y: 1 } };
    assert.equal(canonicalJson(one), canonicalJson(two));
    assert.equal(canonicalJson(one), '{"a":null,"z":{"x":[{"c":2,"d":1},3],"y":1}}');
  });

  it("keeps array order, which is meaningful", () => {
    assert.notEqual(canonicalJson([1, 2]), canonicalJson([2, 1]));
    assert.equal(canonicalJson(["b", "a"]), '["b","a"]');
  });

  it("writes scalars as JSON and drops undefined keys", () => {
    assert.equal(canonicalJson("a\"b"), '"a\\"b"');
    assert.equal(canonicalJson(1.5), "1.5");
    assert.equal(canonicalJson(true), "true");
    assert.equal(canonicalJson(null), "null");
    assert.equal(canonicalJson(undefined), "null");
    assert.equal(canonicalJson({ a: undefined, b: 1 }), '{"b":1}');
    assert.equal(canonicalJson({}), "{}");
    assert.equal(canonicalJson([]), "[]");
  });

  it("tells apart values that differ only in type", () => {
    assert.notEqual(canonicalJson({ a: 1 }), canonicalJson({ a: "1" }));
    assert.notEqual(canonicalJson({ a: null }), canonicalJson({}));
  });
});

describe("entryHash", () => {
  const base: HashedContent = {
    at: new Date("2026-11-29T08:15:00.123Z"),
    actorId: "7b0f7c4e-3a0b-4c1e-9d1a-2f3b4c5d6e7f",
    actorType: "user",
    action: "breach.update",
    entityType: "breach",
    entityId: "42",
    summary: { fields: ["status", "title"], status: "notified" },
  };
  const prev = "a".repeat(64);

  it("is a sha-256 hex digest and stable for the same input", () => {
    const h = entryHash(prev, base);
    assert.match(h, /^[0-9a-f]{64}$/);
    assert.equal(entryHash(prev, { ...base }), h);
  });

  it("does not depend on the summary's key order", () => {
    assert.equal(entryHash(prev, base), entryHash(prev, { ...base, summary: { status: "notified", fields: ["status", "title"] } }));
  });

  it("changes when the previous hash changes", () => {
    assert.notEqual(entryHash(prev, base), entryHash(GENESIS_HASH, base));
    assert.notEqual(entryHash(prev, base), entryHash(`${"a".repeat(63)}b`, base));
  });

  const changes: Array<[string, Partial<HashedContent>]> = [
    ["at (by one millisecond)", { at: new Date("2026-11-29T08:15:00.124Z") }],
    ["actorId", { actorId: "7b0f7c4e-3a0b-4c1e-9d1a-2f3b4c5d6e70" }],
    ["actorId to null", { actorId: null }],
    ["actorType", { actorType: "system" }],
    ["action", { action: "breach.create" }],
    ["entityType", { entityType: "user" }],
    ["entityId", { entityId: "43" }],
    ["a summary value", { summary: { fields: ["status", "title"], status: "closed" } }],
    ["a nested summary value", { summary: { fields: ["status"], status: "notified" } }],
    ["a summary key added", { summary: { fields: ["status", "title"], status: "notified", extra: 1 } }],
  ];
  for (const [what, change] of changes) {
    it(`changes when ${what} changes`, () => {
      assert.notEqual(entryHash(prev, { ...base, ...change }), entryHash(prev, base));
    });
  }

  it("cannot be matched by moving text between fields", () => {
    const a = entryHash(prev, { ...base, entityType: "breach", entityId: "42" });
    const b = entryHash(prev, { ...base, entityType: "breach4", entityId: "2" });
    assert.notEqual(a, b);
  });
});

describe("stripSecrets", () => {
  it("drops password, token and secret keys at any depth", () => {
    const input = {
      name: "Dana",
      password: "hunter2",
      newPassword: "x",
      nested: { accessToken: "t", clientSecret: "s", keep: 1, deeper: { sessionToken: "u", ok: true } },
      list: [{ apiKey: "k", api_key: "k2", label: "first" }, { passwordHash: "h", label: "second" }],
    };
    assert.deepEqual(stripSecrets(input), {
      name: "Dana",
      nested: { keep: 1, deeper: { ok: true } },
      list: [{ label: "first" }, { label: "second" }],
    });
  });

  it("matches secret key names regardless of case", () => {
    assert.deepEqual(stripSecrets({ PASSWORD: "x", Token: "y", SECRET_VALUE: "z", title: "t" }), { title: "t" });
  });

  it("keeps secret-looking values under harmless keys, and scalars as they are", () => {
    assert.deepEqual(stripSecrets({ note: "password reset requested" }), { note: "password reset requested" });
    assert.equal(stripSecrets("text"), "text");
    assert.equal(stripSecrets(3), 3);
    assert.equal(stripSecrets(null), null);
  });

  it("turns dates into ISO strings so they hash the same after a round trip", () => {
    assert.deepEqual(stripSecrets({ at: new Date("2026-11-29T08:15:00.000Z") }), { at: "2026-11-29T08:15:00.000Z" });
  });

  it("does not change its input", () => {
    const input = { password: "x", a: { token: "y" } };
    stripSecrets(input);
    assert.deepEqual(input, { password: "x", a: { token: "y" } });
  });
});

describe("changedFields", () => {
  it("names the fields whose values differ, sorted", () => {
    assert.deepEqual(changedFields({ title: "A", status: "open", risk: "high" }, { title: "B", status: "open", risk: "low" }), ["risk", "title"]);
  });

  it("only looks at the fields given in `after`", () => {
    assert.deepEqual(changedFields({ title: "A", status: "open" }, { status: "open" }), []);
  });

  it("compares dates by instant, not by object", () => {
    const before = { awareAt: new Date("2026-11-29T08:00:00.000Z") };
    assert.deepEqual(changedFields(before, { awareAt: new Date("2026-11-29T08:00:00.000Z") }), []);
    assert.deepEqual(changedFields(before, { awareAt: new Date("2026-11-29T08:00:00.001Z") }), ["awareAt"]);
  });

  it("compares a date with its string form", () => {
    const before: Record<string, unknown> = { awareAt: new Date("2026-11-29T08:00:00.000Z") };
    assert.deepEqual(changedFields(before, { awareAt: "2026-11-29T08:00:00.000Z" }), []);
    assert.deepEqual(changedFields(before, { awareAt: "2026-11-29T09:00:00.000Z" }), ["awareAt"]);
  });

  it("compares arrays and objects by content", () => {
    assert.deepEqual(changedFields({ teams: ["a", "b"], meta: { x: 1 } }, { teams: ["a", "b"], meta: { x: 1 } }), []);
    assert.deepEqual(changedFields({ teams: ["a", "b"] }, { teams: ["b", "a"] }), ["teams"]);
  });

  it("keeps hashes of content, which are not secrets", () => {
    assert.deepEqual(stripSecrets({ contentHash: "abc", idsHash: "def" }), { contentHash: "abc", idsHash: "def" });
  });

  it("treats null and undefined as the same 'no value'", () => {
    const before: Record<string, unknown> = { closedAt: null, owner: undefined, note: null };
    assert.deepEqual(changedFields(before, { closedAt: undefined, owner: null, note: null }), []);
  });

  it("sees a date set or cleared", () => {
    const before: Record<string, unknown> = { notifiedAt: null, closedAt: new Date("2026-01-01T00:00:00Z") };
    assert.deepEqual(changedFields(before, { notifiedAt: new Date("2026-02-01T00:00:00Z"), closedAt: null }), ["closedAt", "notifiedAt"]);
  });

  it("sees a value set from or to null", () => {
    const before: Record<string, unknown> = { count: null, title: "A" };
    assert.deepEqual(changedFields(before, { count: 0, title: null }), ["count", "title"]);
  });
});

describe("diffIds", () => {
  it("names the ids added (sorted) and removed", () => {
    assert.deepEqual(diffIds(["a", "b"], ["c", "b", "d"]), { added: ["c", "d"], removed: ["a"] });
  });
  it("finds nothing when only the order changed", () => {
    assert.deepEqual(diffIds(["a", "b"], ["b", "a"]), { added: [], removed: [] });
  });
});

describe("changedLinks", () => {
  it("keeps only the lists that changed", () => {
    assert.deepEqual(changedLinks({ measureIds: ["m1"], ownerIds: ["o1"] }, { measureIds: ["m1"], ownerIds: ["o2"] }), {
      ownerIds: { added: ["o2"], removed: ["o1"] },
    });
  });
  it("is empty when nothing changed", () => {
    assert.deepEqual(changedLinks({ a: [] as string[] }, { a: [] as string[] }), {});
  });
});
