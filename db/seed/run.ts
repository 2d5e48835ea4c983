import { withAudit } from "@/db/queries/audit";
import { seedBreaches } from "./breaches";
import { seedChats } from "./chats";
import { seedCourses } from "./courses";
import { seedFoundation } from "./foundation";
import { seedInventory } from "./inventory";
import { seedMeasures } from "./measures";
import { seedProcessorRecord, seedNotice } from "./notice";
import { seedProcessors } from "./processors";
import { seedRequests } from "./requests";
import { seedRetention } from "./retention";
import { seedStaff } from "./staff";
import { todayIn } from "@/lib/time";

/** Loads every module's demo records in one transaction, audited as a system change when anything was new. */
export async function seedDemoData(now = new Date()): Promise<number> {
  return withAudit(
    { type: "system" },
    async (tx) => {
      let inserted = await seedFoundation(tx);
      inserted += await seedBreaches(tx, now);
      inserted += await seedMeasures(tx, todayIn("Europe/Stockholm", now));
      inserted += await seedInventory(tx);
      inserted += await seedProcessors(tx, todayIn("Europe/Stockholm", now));
      inserted += await seedStaff(tx, todayIn("Europe/Stockholm", now));
      inserted += await seedCourses(tx, todayIn("Europe/Stockholm", now));
      inserted += await seedChats(tx, now);
      inserted += await seedRetention(tx);
      inserted += await seedProcessorRecord(tx);
      // Last: the published notice is generated from everything seeded above.
      inserted += await seedNotice(tx);
      inserted += await seedRequests(tx, now);
      return inserted;
    },
    (inserted) => (inserted > 0 ? [{ action: "seed.demo_data", entityType: "system", entityId: "demo", summary: { rows: inserted } }] : []),
  );
}
