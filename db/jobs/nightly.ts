import { purgeRequestIntake, retryOutboxDelivery, reduceClosedRequests } from "@/db/queries/requests";
import { reduceLeavers } from "@/db/queries/training";
import { lastScheduledRunAt } from "@/db/queries/retention";
import { getTimeZone } from "../queries/time-zone";
import { env } from "@/lib/env";
import { missedRun, nextRunAt } from "@/lib/retention/schedule";
import { todayIn } from "@/lib/time";
import { describeError } from "@/lib/server-errors";
import { runRetention } from "./retention";

const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_RUN_DELAY_MS = 60 * 1000;

/**
 * The housekeeping that must happen without anyone pressing a button. Each job is a single
 * conditional UPDATE, so several app instances running it at once do the work once between them.
 */
export async function runNightlyJobs(now = new Date()) {
  const today = todayIn(await getTimeZone(), now);
  const { reduced } = await reduceLeavers({ type: "system" }, today);
  // Unconfirmed web-form requests and old rate-limit counts go; closed requests past their period become statistics.
  const intake = await purgeRequestIntake(now);
  const requests = await reduceClosedRequests({ type: "system" }, now);
  return { reducedLeavers: reduced, purgedConfirmations: intake.confirmations, reducedRequests: requests.reduced };
}

// Mail that could not be sent (the SMTP server was down) is tried again this often; nothing is lost meanwhile.
const OUTBOX_RETRY_MS = 10 * 60 * 1000;

/**
 * The retention job as the schedule runs it. Several instances may fire at once: the run lock lets one
 * work and the others answer "busy", which is not an error.
 */
export async function runScheduledRetention(now = new Date()) {
  const result = await runRetention({ actor: { type: "system" }, trigger: "schedule", now });
  if (result.status === "failed") console.error(`[jobs] retention run ${result.runId} failed: ${result.error}`);
  return result;
}

const globalForJobs = globalThis as unknown as { dpoDeskJobs?: NodeJS.Timeout; dpoDeskRetentionTimer?: NodeJS.Timeout };

/** Starts the daily run and the retention schedule inside the server process (PGlite allows no second process on its data). */
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
  const retry = setInterval(() => {
    retryOutboxDelivery().catch((error) => console.error(`[jobs] outbox retry failed: ${describeError(error)}`));
  }, OUTBOX_RETRY_MS);
  retry.unref();
  startRetentionSchedule();
}

/**
 * Runs retention as RETENTION_SCHEDULE says (default daily at 02:00 in the organisation's time zone).
 * Shortly after start it catches up on a run missed while no server was up; then each run plans the
 * next, reading the time zone again so a change in Settings takes effect without a restart.
 */
function startRetentionSchedule() {
  const schedule = env().RETENTION_SCHEDULE;
  if (schedule.kind === "off" || globalForJobs.dpoDeskRetentionTimer) return;
  const anchor = new Date();
  const fire = async (catchUpOnly: boolean, slot: Date | null) => {
    try {
      const now = new Date();
      const timeZone = await getTimeZone();
      if (!catchUpOnly || missedRun(schedule, await lastScheduledRunAt(), now, timeZone)) await runScheduledRetention(now);
    } catch (error) {
      console.error(`[jobs] retention schedule: ${describeError(error)}`);
    } finally {
      await plan(slot).catch((error) => console.error(`[jobs] retention schedule could not plan the next run: ${describeError(error)}`));
    }
  };
  const plan = async (after: Date | null) => {
    // A timer may fire a little early: plan from past the slot just run, never the same slot twice.
    const from = new Date(Math.max(Date.now(), (after?.getTime() ?? 0) + 1));
    const next = nextRunAt(schedule, from, await getTimeZone(), anchor);
    if (!next) return;
    const timer = setTimeout(() => void fire(false, next), Math.max(0, next.getTime() - Date.now()));
    timer.unref();
    globalForJobs.dpoDeskRetentionTimer = timer;
  };
  const first = setTimeout(() => void fire(true, null), FIRST_RUN_DELAY_MS);
  first.unref();
  globalForJobs.dpoDeskRetentionTimer = first;
}
