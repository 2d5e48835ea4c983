import postgres from "postgres";
import { dropDatabase as dropThrowawayDatabase } from "../../scripts/lib/drop-database";
import { closeDb, getDbHandle, type DbHandle } from "@/db";
import { resetEnvCache } from "@/lib/env";

/**
 * Gives the test file a fresh, migrated database and points the app's one client at it:
 * PGlite in memory, or, when TEST_DB=postgres, a new database on TEST_DATABASE_URL
 * that is dropped again afterwards. Each test file runs in its own process.
 */
export async function useTestDatabase(): Promise<{ handle: DbHandle; cleanup: () => Promise<void> }> {
  await closeDb();
  let dropDatabase: (() => Promise<void>) | undefined;
  if (process.env.TEST_DB === "postgres") {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL");
    const name = `dpo_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      await dropThrowawayDatabase(admin, name);
      await admin.end();
    };
  } else {
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = "memory://";
  }
  resetEnvCache();
  const handle = getDbHandle();
  await handle.migrate();
  return {
    handle,
    async cleanup() {
      await closeDb();
      await dropDatabase?.();
    },
  };
}

/** Drizzle wraps driver errors as "Failed query"; the database's own message is in the cause. */
export function dbErrorMatching(pattern: RegExp) {
  return (error: unknown) => {
    const messages: string[] = [];
    let current: unknown = error;
    while (current instanceof Error) {
      messages.push(current.message);
      current = current.cause;
    }
    return messages.some((m) => pattern.test(m));
  };
}
