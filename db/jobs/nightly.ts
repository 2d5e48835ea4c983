import { reduceLeavers } from "../queries/staff";
import { getTimeZone } from "../queries/time-zone";
import { todayIn } from "@/lib/training/dates";
import { describeError } from "@/lib/server-errors";

const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_RUN_DELAY_MS = 60 * 1000;

/**
 * The housekeeping that must happen without anyone pressing a button. Each job is a single
 * conditional UPDATE, so several app instances running it at once do the work once between them.
 */
export async function runNightlyJobs(now = new Date()) {
  const today = todayIn(await getTimeZone(), now);
  const { reduced } = await reduceLeavers({ type: "system" }, today);
  return { reducedLeavers: reduced };
}

const globalForJobs = globalThis as unknown as { dpoDeskJobs?: NodeJS.Timeout };

/** Starts the daily run inside the server process (PGlite allows no second process on its data). */
export function startNightlyJobs() {
  if (globalForJobs.dpoDeskJobs) return;
  const run = () =>
    runNightlyJobs().catch((error) => {
      console.error(`[jobs] nightly run failed: ${describeError(error)}`);
    });
  const first = setTimeout(() => {
    void run();
    globalForJobs.dpoDeskJobs = setInterval(run, DAY_MS);
    globalForJobs.dpoDeskJobs.unref();
  }, FIRST_RUN_DELAY_MS);
  first.unref();
  globalForJobs.dpoDeskJobs = first;
}
