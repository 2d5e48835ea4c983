import { withAudit } from "../queries/audit-write";
import { seedBreaches } from "./breaches";
import { seedCourses } from "./courses";
import { seedFoundation } from "./foundation";
import { seedInventory } from "./inventory";
import { seedMeasures } from "./measures";
import { seedStaff } from "./staff";
import { todayIn } from "@/lib/training/dates";

/** Loads every module's demo records in one transaction, audited as a system change when anything was new. */
export async function seedDemoData(now = new Date()): Promise<number> {
  return withAudit(
    { type: "system" },
    async (tx) => {
      let inserted = await seedFoundation(tx);
      inserted += await seedBreaches(tx, now);
      inserted += await seedMeasures(tx, todayIn("Europe/Stockholm", now));
      inserted += await seedInventory(tx);
      inserted += await seedStaff(tx, todayIn("Europe/Stockholm", now));
      inserted += await seedCourses(tx, todayIn("Europe/Stockholm", now));
      return inserted;
    },
    (inserted) => (inserted > 0 ? [{ action: "seed.demo_data", entityType: "system", entityId: "demo", summary: { rows: inserted } }] : []),
  );
}
