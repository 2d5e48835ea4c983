import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed/run";
import { buildAuthConfig } from "@/lib/auth/config";
import { resetEnvCache } from "@/lib/env";
import { useTestDatabase } from "../helpers/db";

type SignInCallback = (params: { account: { provider: string } | null; profile?: { email?: string } }) => Promise<boolean | string>;

describe("single sign-on signs in existing users only", () => {
  let db: Awaited<ReturnType<typeof useTestDatabase>>;
  let signIn: SignInCallback;
  before(async () => {
    db = await useTestDatabase();
    await seedDemoData();
    Object.assign(process.env, { OIDC_ISSUER: "https://id.example.test", OIDC_CLIENT_ID: "dpo-desk", OIDC_CLIENT_SECRET: "s3cret-value" });
    resetEnvCache();
    const config = buildAuthConfig();
    assert.ok(config.providers.some((p) => typeof p === "object" && "id" in p && p.id === "oidc"), "the OIDC provider is configured from the environment");
    signIn = config.callbacks!.signIn as unknown as SignInCallback;
  });
  after(async () => {
    delete process.env.OIDC_ISSUER;
    delete process.env.OIDC_CLIENT_ID;
    delete process.env.OIDC_CLIENT_SECRET;
    resetEnvCache();
    await db.cleanup();
  });

  it("lets in an active user matched by email, in any letter case, and audits it", async () => {
    assert.equal(await signIn({ account: { provider: "oidc" }, profile: { email: "Legal@Northwind-Outdoor.example" } }), true);
    const entries = await db.handle.db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in"));
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0]!.summary, { method: "oidc" });
  });

  it("refuses an unknown email and creates no user", async () => {
    const before = (await db.handle.db.select().from(users)).length;
    assert.equal(await signIn({ account: { provider: "oidc" }, profile: { email: "stranger@elsewhere.example" } }), false);
    assert.equal(await signIn({ account: { provider: "oidc" }, profile: {} }), false);
    assert.equal((await db.handle.db.select().from(users)).length, before);
  });

  it("refuses a deactivated user", async () => {
    await db.handle.db.update(users).set({ active: false }).where(eq(users.email, "viewer@northwind-outdoor.example"));
    assert.equal(await signIn({ account: { provider: "oidc" }, profile: { email: "viewer@northwind-outdoor.example" } }), false);
  });
});
