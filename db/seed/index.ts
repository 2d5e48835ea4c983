import { closeDb, getDbHandle } from "../index";
import { seedDemoData } from "./run";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";

// `npm run db:seed`: safe to run again; a second run finds everything in place and writes nothing.
async function main() {
  const handle = getDbHandle();
  await handle.migrate();
  const inserted = await seedDemoData();
  console.log(inserted > 0 ? `Demo data loaded (${inserted} new rows).` : "Demo data already in place; nothing changed.");
  console.log(`Demo users (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.email).join(", ")}`);
  await closeDb();
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb();
  process.exit(1);
});
