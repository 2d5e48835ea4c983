import type { Sql } from "postgres";

/**
 * Drops a throwaway database as a role that is no superuser. A plain DROP asks an autovacuum worker on that
 * database to leave, which `WITH (FORCE)` cannot do without superuser rights (it fails with "must be a member
 * of the role whose process is being terminated"); FORCE is only the fallback for our own leftover sessions.
 */
export async function dropDatabase(admin: Sql, name: string, attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.unsafe(`drop database if exists ${name}`);
      return;
    } catch (plain) {
      try {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        return;
      } catch (forced) {
        if (attempt >= attempts) throw new AggregateError([plain, forced], `could not drop database ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }
}
