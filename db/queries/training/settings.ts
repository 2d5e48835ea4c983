import { eq } from "drizzle-orm";
import { changedFields } from "@/lib/audit/hash";
import type { TrainingSettingsInput } from "@/lib/training/settings-schema";
import { getDb, type DbOrTx } from "@/db";
import { trainingSettings } from "@/db/schema";
import { ok } from "@/lib/outcome";
import { withAudit, type Actor } from "@/db/queries/audit";

export const DEFAULT_TRAINING_SETTINGS = { dueSoonDays: 30, leaverRetentionMonths: 24 } as const;

/** The training settings; the defaults until a DPO first saves them. */
export async function getTrainingSettings(db: DbOrTx = getDb()): Promise<TrainingSettingsInput> {
  const [row] = await db
    .select({ dueSoonDays: trainingSettings.dueSoonDays, leaverRetentionMonths: trainingSettings.leaverRetentionMonths })
    .from(trainingSettings)
    .where(eq(trainingSettings.id, 1))
    .limit(1);
  return row ?? { ...DEFAULT_TRAINING_SETTINGS };
}

export async function getDueSoonDays(db: DbOrTx = getDb()): Promise<number> {
  return (await getTrainingSettings(db)).dueSoonDays;
}

/** Saves the settings; `changed` names what differed (empty: nothing written, nothing audited). */
export async function updateTrainingSettings(actor: Actor, input: TrainingSettingsInput): Promise<{ ok: true; changed: string[] }> {
  const { changed } = await withAudit(
    actor,
    async (tx) => {
      const before = await getTrainingSettings(tx);
      const changed = changedFields(before, input);
      if (changed.length > 0) {
        await tx
          .insert(trainingSettings)
          .values({ id: 1, ...input })
          .onConflictDoUpdate({ target: trainingSettings.id, set: { ...input, updatedAt: new Date() } });
      }
      return { changed, before };
    },
    ({ changed, before }) =>
      changed.length > 0
        ? {
            action: "training_settings.update",
            entityType: "training_settings",
            entityId: "1",
            summary: Object.fromEntries(changed.map((k) => [k, { from: before[k as keyof TrainingSettingsInput], to: input[k as keyof TrainingSettingsInput] }])),
          }
        : [],
  );
  return ok({ changed });
}
