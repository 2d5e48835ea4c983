import { closeDb, getDbHandle } from "@/db";

// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
const handle = getDbHandle();
try {
  await handle.migrate();
  console.log(`Migrations applied (${handle.kind}).`);
} finally {
  await closeDb();
}
