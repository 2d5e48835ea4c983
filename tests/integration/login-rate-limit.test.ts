import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { isLoginBlocked, LOGIN_FAILURE_LIMIT, LOGIN_FAILURE_WINDOW_MS, loginKeys, recordLoginFailure } from "@/db/queries/login-failures";
import { loginFailures } from "@/db/schema";
import { useTestDatabase } from "../helpers/db";

const EMAIL = "Target.Person@Example.test";
const ADDRESS = "203.0.113.77";
const t0 = new Date("2026-03-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in rate limit", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  before(async () => {
    db = await useTestDatabase();
  });
  after(() => db.cleanup());

  const [accountKey, addressKey] = loginKeys(EMAIL, ADDRESS) as [string, string];
  const [otherAccountKey, otherAddressKey] = loginKeys("someone.else@example.test", "198.51.100.1") as [string, string];

  it("keys the same account alike whatever the letter case or spacing, and the address apart", () => {
    assert.deepEqual(loginKeys("  target.person@EXAMPLE.test ", ADDRESS), [accountKey, addressKey]);
    assert.notEqual(accountKey, otherAccountKey);
    assert.notEqual(addressKey, otherAddressKey);
    assert.notEqual(accountKey, addressKey);
  });

  it("allows nine failures and blocks at the tenth, for the account and for the address separately", async () => {
    assert.equal(LOGIN_FAILURE_LIMIT, 10);
    for (let i = 0; i < 9; i++) await recordLoginFailure([accountKey, addressKey], at(i * 1000));
    assert.equal(await isLoginBlocked([accountKey, addressKey], at(10_000)), false);
    await recordLoginFailure([accountKey, addressKey], at(9_000));
    // The 11th attempt, right password or not, is refused before the password is checked.
    assert.equal(await isLoginBlocked([accountKey, addressKey], at(10_000)), true);
    // The account from any other address:
    assert.equal(await isLoginBlocked([accountKey, otherAddressKey], at(10_000)), true);
    // Any other account from this address:
    assert.equal(await isLoginBlocked([otherAccountKey, addressKey], at(10_000)), true);
    // Neither: untouched.
    assert.equal(await isLoginBlocked([otherAccountKey, otherAddressKey], at(10_000)), false);
  });

  it("lifts the block once the failures are older than the window", async () => {
    // The oldest failure was at t0, the tenth at t0 + 9 s: the block holds while all ten are within 15 minutes.
    assert.equal(LOGIN_FAILURE_WINDOW_MS, 15 * 60 * 1000);
    assert.equal(await isLoginBlocked([accountKey], at(LOGIN_FAILURE_WINDOW_MS)), true);
    // One millisecond later the first failure has left the window: nine remain.
    assert.equal(await isLoginBlocked([accountKey], at(LOGIN_FAILURE_WINDOW_MS + 1)), false);
    assert.equal(await isLoginBlocked([addressKey], at(LOGIN_FAILURE_WINDOW_MS + 9_001)), false);
  });

  it("counts failures within the window only, not all failures ever", async () => {
    const [key] = loginKeys("spread@example.test", "192.0.2.200") as [string];
    // Twenty failures in all, one every two minutes: at most eight fall inside any 15-minute window.
    for (let i = 0; i < 20; i++) await recordLoginFailure([key], at(i * 2 * 60_000));
    // At the 20th failure (t0 + 38 min) the window reaches back to t0 + 23 min: failures 12..19, eight of them.
    assert.equal(await isLoginBlocked([key], at(38 * 60_000)), false);
  });

  it("stores only keyed hashes: neither the email nor the address appear in the table", async () => {
    const rows = await db.handle.db.select().from(loginFailures);
    assert.ok(rows.length >= 20);
    const dump = JSON.stringify(rows).toLowerCase();
    for (const raw of [EMAIL.toLowerCase(), "target.person", ADDRESS, "203.0.113", "spread@example.test", "192.0.2.200"]) {
      assert.equal(dump.includes(raw), false, `the table holds ${raw}`);
    }
    for (const row of rows) assert.match(row.keyHash, /^[0-9a-f]{64}$/);
  });

  it("drops failures older than a day when a new one is recorded", async () => {
    const [key] = loginKeys("later@example.test", "192.0.2.201") as [string];
    await recordLoginFailure([key], at(25 * 60 * 60 * 1000));
    const rows = await db.handle.db.select().from(loginFailures);
    assert.ok(rows.every((r) => r.failedAt.getTime() >= at(60 * 60 * 1000).getTime()), "day-old failures were removed");
    assert.equal(rows.length, 1);
  });
});
