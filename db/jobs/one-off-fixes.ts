import { splitTypedLinks } from "@/db/queries/subjects";
import { describeError } from "@/lib/server-errors";

/**
 * Data fixes that must run once per database after the migrations that make them possible, at server
 * start. Each records itself in data_fixes under a lock, so several instances starting together do the
 * work once. A failure is logged by kind and retried at the next start; the server still starts.
 */
export async function runOneOffFixes() {
  try {
    const r = await splitTypedLinks({ type: "system" });
    if (r.ran) {
      console.info(`[jobs] person model fix: ${r.peopleSplit} people split, ${r.identifiersTurnedIntoMentions} typed identifiers turned into mentions, ${r.conversationsRelinked} conversations re-linked`);
    }
  } catch (error) {
    console.error(`[jobs] person model fix failed: ${describeError(error)}`);
  }
}
