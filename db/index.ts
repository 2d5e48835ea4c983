import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

// Both drivers expose the same query builder; the app is typed against one of them.
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: "postgres" | "pglite";
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "db/migrations");
// Any constant works; it only has to be the same in every app instance.
const MIGRATION_LOCK_KEY = 727_001;

export function openDatabase(options: { url?: string; dataDir?: string; poolMax?: number }): DbHandle {
  if (options.url) {
    const client = postgres(options.url, { max: options.poolMax ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema });
    return {
      db,
      kind: "postgres",
      async migrate() {
        // Several app instances may start together: one migrates, the others wait for the lock and
        // then find nothing left to do. One connection, so the session lock and the migration share it.
        const single = postgres(options.url!, { max: 1, onnotice: () => {} });
        try {
          await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
          await migratePostgres(drizzlePostgres(single, { schema }), { migrationsFolder });
          await single`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
        } finally {
          await single.end({ timeout: 5 });
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? ".data/db";
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ dataDir)), { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

const globalForDb = globalThis as unknown as { dpoDeskDb?: DbHandle };

// The one client of the process, kept on globalThis so hot reload does not open a second PGlite.
export function getDbHandle(): DbHandle {
  if (!globalForDb.dpoDeskDb) {
    const e = env();
    globalForDb.dpoDeskDb = openDatabase({ url: e.DATABASE_URL, dataDir: e.DATA_DIR, poolMax: e.DB_POOL_MAX });
  }
  return globalForDb.dpoDeskDb;
}

export function getDb(): Db {
  return getDbHandle().db;
}

export async function closeDb() {
  const handle = globalForDb.dpoDeskDb;
  globalForDb.dpoDeskDb = undefined;
  await handle?.close();
}
