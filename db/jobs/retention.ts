import postgres from "postgres";
import { env } from "@/lib/env";
import { describeError } from "@/lib/server-errors";
import { getDbHandle } from "../index";
import type { Actor } from "@/db/queries/audit";
import { processRetentionBatch, type BatchParams, finishRun, markInterruptedRuns, previewRetention, rulesWithDueWork, startRun, type PreviewRow, type RunTrigger } from "@/db/queries/retention";

// Any constant works; it only has to be the same in every app instance.
export const RETENTION_LOCK_KEY = 727_050;
export const DEFAULT_BATCH_SIZE = 500;

export interface RunOptions {
  actor: Actor;
  trigger: RunTrigger;
  dryRun?: boolean;
  now?: Date;
  batchSize?: number;
  /** See BatchParams.beforeCommit: lets a test make a batch fail half-way through a run. */
  beforeCommit?: BatchParams["beforeCommit"];
}

export interface RuleTotals {
  ruleId: string;
  ruleName: string;
  action: "delete" | "anonymise";
  conversations: number;
  messages: number;
}

export type RunOutcome =
  | { status: "dry_run"; rules: PreviewRow[] }
  | { status: "busy" }
  | { status: "completed"; runId: string; rules: RuleTotals[]; interrupted: string[] }
  | { status: "failed"; runId: string; rules: RuleTotals[]; interrupted: string[]; error: string };

/**
 * The retention job: deletes or anonymises every conversation past its retention date that no legal hold
 * keeps, rule by rule, in batches, and leaves a receipt (retention_runs + retention_run_rules).
 *
 * Only one run at a time, across app instances: the run holds a PostgreSQL session advisory lock on a
 * connection of its own for its whole length. A session lock is released by the server when its
 * connection ends, so a crashed instance never leaves the lock behind, and whoever holds the lock knows
 * any run still marked "running" belongs to a process that is gone: it is marked "interrupted". On PGlite
 * there is one process and one connection (where a session lock would not exclude anything), so a flag
 * in the process does that job. Each batch is one transaction (see processRetentionBatch) that locks its
 * rows with SKIP LOCKED, so even two runners could never take the same conversation.
 */
export async function runRetention(options: RunOptions): Promise<RunOutcome> {
  const now = options.now ?? new Date();
  if (options.dryRun) return { status: "dry_run", rules: await previewRetention(now) };
  const lock = await acquireRunLock();
  if (!lock) return { status: "busy" };
  let runId: string | undefined;
  const totals = new Map<string, RuleTotals>();
  let interrupted: string[] = [];
  try {
    interrupted = await markInterruptedRuns(options.actor);
    runId = await startRun(options.actor, options.trigger);
    const batchSize = Math.max(1, Math.min(options.batchSize ?? DEFAULT_BATCH_SIZE, 5_000));
    for (const rule of await rulesWithDueWork(now)) {
      for (;;) {
        await lock.assertHeld();
        const done = await processRetentionBatch(options.actor, { runId, ruleId: rule.id, now, batchSize, beforeCommit: options.beforeCommit });
        // Until a batch finds nothing: a short batch may only mean rows were skipped as locked or held.
        if (!done) break;
        const line = totals.get(rule.id) ?? { ruleId: rule.id, ruleName: rule.name, action: rule.action, conversations: 0, messages: 0 };
        line.conversations += done.conversations;
        line.messages += done.messages;
        totals.set(rule.id, line);
        // Lets requests in: the app stays responsive while a long run works through its batches.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    await finishRun(options.actor, runId, "completed");
    return { status: "completed", runId, rules: [...totals.values()], interrupted };
  } catch (error) {
    const message = describeError(error);
    console.error(`[retention] run ${runId ?? "(not started)"} failed: ${message}`);
    if (!runId) throw error;
    // The batches that committed stay done and on the receipt; the next run takes what is left.
    await finishRun(options.actor, runId, "failed", `The run stopped: ${message}. Batches already done stay done; the next run finishes the rest.`).catch(
      (e) => console.error(`[retention] could not record the failure of run ${runId}: ${describeError(e)}`),
    );
    return { status: "failed", runId, rules: [...totals.values()], interrupted, error: message };
  } finally {
    await lock.release();
  }
}

interface RunLock {
  assertHeld(): Promise<void>;
  release(): Promise<void>;
}

const inProcess = globalThis as unknown as { dpoDeskRetentionRunning?: boolean };

async function acquireRunLock(): Promise<RunLock | null> {
  // Set before the first await, so two calls in the same tick cannot both pass.
  if (inProcess.dpoDeskRetentionRunning) return null;
  inProcess.dpoDeskRetentionRunning = true;
  const free = () => {
    inProcess.dpoDeskRetentionRunning = false;
  };
  const url = env().DATABASE_URL;
  if (getDbHandle().kind === "pglite" || !url) return { assertHeld: async () => {}, release: async () => free() };
  // Its own connection: the pool would hand a pooled connection (and the lock with it) to other queries.
  const connection = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await connection<{ locked: boolean }[]>`select pg_try_advisory_lock(${RETENTION_LOCK_KEY}) as locked`;
    if (!row?.locked) {
      await connection.end({ timeout: 5 });
      free();
      return null;
    }
  } catch (error) {
    await connection.end({ timeout: 5 }).catch(() => undefined);
    free();
    throw error;
  }
  return {
    // A lost connection means a lost lock: stop rather than run alongside an instance that took it over.
    async assertHeld() {
      const [held] = await connection<{ n: number }[]>`
        select count(*)::int as n from pg_locks
         where locktype = 'advisory' and pid = pg_backend_pid() and objid = ${RETENTION_LOCK_KEY} and granted`;
      if (!held || held.n === 0) throw new Error("retention run lock lost");
    },
    async release() {
      try {
        await connection`select pg_advisory_unlock(${RETENTION_LOCK_KEY})`;
      } catch (error) {
        console.error(`[retention] unlock failed (the lock ends with the connection): ${describeError(error)}`);
      } finally {
        await connection.end({ timeout: 5 }).catch(() => undefined);
        free();
      }
    },
  };
}
