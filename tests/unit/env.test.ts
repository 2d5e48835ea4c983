import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigError, parseEnv } from "@/lib/env";

const SECRET = "x".repeat(32);

// The message must say which variable is wrong: it is what an operator sees when the app will not start.
function rejects(source: Record<string, string | undefined>, variable: string) {
  assert.throws(
    () => parseEnv(source),
    (error: unknown) => error instanceof ConfigError && error.message.includes(variable),
  );
}

describe("parseEnv", () => {
  it("refuses production without AUTH_SECRET, naming it", () => {
    rejects({ NODE_ENV: "production" }, "AUTH_SECRET");
  });

  it("accepts production with a long enough AUTH_SECRET and uses it", () => {
    assert.equal(parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET }).AUTH_SECRET, SECRET);
  });

  it("refuses a secret shorter than 32 characters, in any mode", () => {
    rejects({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(31) }, "AUTH_SECRET");
    rejects({ AUTH_SECRET: "short" }, "AUTH_SECRET");
  });

  it("falls back to a development secret outside production only", () => {
    const dev = parseEnv({});
    assert.ok(dev.AUTH_SECRET.length >= 32);
    assert.equal(parseEnv({ NODE_ENV: "test" }).AUTH_SECRET, dev.AUTH_SECRET);
  });

  it("accepts postgres:// and postgresql:// URLs and refuses others", () => {
    assert.equal(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/dpo" }).DATABASE_URL, "postgres://u:p@db:5432/dpo");
    assert.equal(parseEnv({ DATABASE_URL: "postgresql://db/dpo" }).DATABASE_URL, "postgresql://db/dpo");
    rejects({ DATABASE_URL: "mysql://db/dpo" }, "DATABASE_URL");
    rejects({ DATABASE_URL: "file:.data/db" }, "DATABASE_URL");
  });

  it("refuses a partial single sign-on configuration", () => {
    rejects({ OIDC_ISSUER: "https://id.example.com" }, "OIDC_CLIENT_ID");
    rejects({ OIDC_ISSUER: "https://id.example.com", OIDC_CLIENT_ID: "dpo-desk" }, "OIDC_CLIENT_SECRET");
    rejects({ OIDC_CLIENT_ID: "dpo-desk", OIDC_CLIENT_SECRET: "s3cret" }, "OIDC_ISSUER");
  });

  it("enables single sign-on only with issuer, client id and secret", () => {
    const full = { OIDC_ISSUER: "https://id.example.com", OIDC_CLIENT_ID: "dpo-desk", OIDC_CLIENT_SECRET: "s3cret" };
    assert.equal(parseEnv(full).oidcEnabled, true);
    assert.equal(parseEnv({}).oidcEnabled, false);
    rejects({ ...full, OIDC_ISSUER: "not a url" }, "OIDC_ISSUER");
  });

  it("treats empty strings as unset", () => {
    // A .env line like `DATABASE_URL=` must mean "embedded database", not an invalid URL.
    const v = parseEnv({ DATABASE_URL: "", AUTH_SECRET: "", OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "", DATA_DIR: "", DB_POOL_MAX: "" });
    assert.equal(v.DATABASE_URL, undefined);
    assert.equal(v.DATA_DIR, ".data/db");
    assert.equal(v.DB_POOL_MAX, 10);
    assert.equal(v.oidcEnabled, false);
    rejects({ NODE_ENV: "production", AUTH_SECRET: "" }, "AUTH_SECRET");
  });

  it("has defaults for everything optional", () => {
    const v = parseEnv({});
    assert.equal(v.NODE_ENV, "development");
    assert.equal(v.DATABASE_URL, undefined);
    assert.equal(v.DATA_DIR, ".data/db");
    assert.equal(v.DB_POOL_MAX, 10);
    assert.equal(v.OIDC_NAME, "Single sign-on");
    assert.equal(v.oidcEnabled, false);
  });

  it("reads DB_POOL_MAX as a number within 1–100", () => {
    assert.equal(parseEnv({ DB_POOL_MAX: "25" }).DB_POOL_MAX, 25);
    rejects({ DB_POOL_MAX: "0" }, "DB_POOL_MAX");
    rejects({ DB_POOL_MAX: "many" }, "DB_POOL_MAX");
  });

  it("refuses an unknown NODE_ENV", () => {
    rejects({ NODE_ENV: "staging" }, "NODE_ENV");
  });
});
