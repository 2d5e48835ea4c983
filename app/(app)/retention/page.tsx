import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/layout/page-header";
import { PreviewTable } from "@/components/retention/preview-table";
import { ReceiptsTable } from "@/components/retention/receipts-table";
import { EMPTY_RULE, RuleForm, type RuleFormValues } from "@/components/retention/rule-form";
import { RulesTable } from "@/components/retention/rules-table";
import { RunNowForm } from "@/components/retention/run-now-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { countUncovered, listRetentionRules, listRuleFormOptions, type RetentionRuleRow, listRetentionRuns, previewRetention } from "@/db/queries/retention";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { specialCategoryChoice } from "@/lib/retention/rule-schema";
import { describeSchedule } from "@/lib/retention/schedule";
import { createRuleAction, deleteRuleAction, runRetentionNowAction, updateRuleAction } from "./actions";
import { first, type SearchParams } from "@/lib/search-params";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Retention" };

const SAVED: Record<string, string> = {
  created: "Rule added. Every conversation was checked against the rules again.",
  updated: "Rule saved. Every conversation was checked against the rules again.",
  deleted: "Rule deleted. Its conversations now fall under the next most specific rule, or under none.",
};

function formValues(rule: RetentionRuleRow): RuleFormValues {
  return {
    name: rule.name,
    sourceId: rule.sourceId ?? "",
    category: rule.category ?? "",
    specialCategory: specialCategoryChoice(rule.specialCategory),
    keepDays: String(rule.keepDays),
    action: rule.action,
    activityId: rule.activityId ?? "",
  };
}

export default async function RetentionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("retention:read");
  const params = await searchParams;
  const canWrite = can(user.role, "retention:write");
  const editId = first(params.edit);
  const showPreview = first(params.preview) === "1";
  const saved = SAVED[first(params.saved) ?? ""];
  const now = new Date();
  const [rules, uncovered, options, timeZone, preview, receipts] = await Promise.all([
    listRetentionRules(now),
    countUncovered(),
    canWrite ? listRuleFormOptions() : null,
    getTimeZone(),
    // The run-now confirmation says what will go, so the DPO gets the preview figures either way.
    canWrite || showPreview ? previewRetention(now) : null,
    listRetentionRuns({ page: 1, pageSize: 5 }),
  ]);
  const editing = editId && isUuid(editId) ? rules.find((r) => r.id === editId) : undefined;
  const dueNow = (action: "delete" | "anonymise") => (preview ?? []).filter((r) => r.action === action).reduce((n, r) => n + r.conversations, 0);
  const totalConversations = rules.reduce((n, r) => n + r.covered, 0) + uncovered;
  const heldPastDue = rules.reduce((n, r) => n + r.heldPastDue, 0);
  const pastDue = rules.reduce((n, r) => n + r.pastDue, 0) - heldPastDue;
  return (
    <div className="space-y-8">
      {saved ? <FormMessage state={{ ok: true, message: saved }} /> : null}
      <Card aria-labelledby="retention-heading">
        <h2 id="retention-heading" className="text-lg font-semibold">
          Retention of chat data
        </h2>
        <div className="mt-2 max-w-3xl space-y-2 text-sm text-slate-700 dark:text-slate-300">
          <p>
            Art. 5(1)(e): conversations are kept no longer than their purpose needs. Each rule says which conversations it covers, how many days after
            the conversation ended they are kept, and whether they are then deleted or anonymised (visitor identifiers removed, personal data in the
            text masked, the conversation kept for statistics).
          </p>
          <p>
            <strong>The most specific rule wins:</strong> a rule that sets more of source, category and special-category data beats one that sets
            fewer. <strong>Ties go to the shorter period</strong> (then to the rule name, alphabetically). A legal hold on a conversation or on a
            person stops both deletion and anonymisation while it stands.
          </p>
          <p>{describeSchedule(env().RETENTION_SCHEDULE, timeZone)} Each run leaves a receipt below.</p>
        </div>
      </Card>

      <div className="grid gap-4 sm:grid-cols-3">
        <Stat label="Conversations stored" value={totalConversations} />
        <Stat
          label="Covered by no rule"
          value={uncovered}
          tone={uncovered > 0 ? "bad" : "good"}
          hint={
            uncovered > 0 ? (
              <>
                Kept with no time limit: add a rule that covers them.{" "}
                <Link href="/chats?retention=none" className="text-brand-700 underline dark:text-sky-300">
                  Show them
                </Link>
              </>
            ) : (
              "Every conversation has a retention rule."
            )
          }
        />
        <Stat
          label="Past their retention date"
          value={pastDue}
          tone={pastDue > 0 ? "warn" : "good"}
          hint={`${heldPastDue} more kept by a legal hold. The next run takes the rest.`}
        />
      </div>

      <section aria-labelledby="rules-heading" id="rules" className="space-y-3">
        <h2 id="rules-heading" className="text-lg font-semibold">
          Rules
        </h2>
        {rules.length === 0 ? (
          <EmptyState title="No retention rules yet">
            {canWrite ? "Add the first rule below; until then no conversation has a time limit." : "The DPO adds rules; until then no conversation has a time limit."}
          </EmptyState>
        ) : (
          <RulesTable rules={rules} canEdit={canWrite} deleteAction={deleteRuleAction} />
        )}
      </section>

      {canWrite && options ? (
        <section aria-labelledby="rule-form-heading" id="rule-form" className="space-y-3">
          <h2 id="rule-form-heading" className="text-lg font-semibold">
            {editing ? `Edit rule “${editing.name}”` : "Add a rule"}
          </h2>
          {editId && !editing ? <FormMessage state={{ ok: false, message: "That rule does not exist any more. Add a new one instead." }} /> : null}
          <RuleForm
            key={editing?.id ?? "new"}
            action={editing ? updateRuleAction : createRuleAction}
            ruleId={editing?.id}
            defaults={editing ? formValues(editing) : EMPTY_RULE}
            sources={options.sources}
            activities={options.activities}
            categories={options.categories}
          />
        </section>
      ) : null}

      <section aria-labelledby="run-heading" id="preview" className="space-y-3">
        <CardTitle
          action={
            <div className="flex gap-2">
              <ButtonLink href={showPreview ? "/retention#preview" : "/retention?preview=1#preview"} variant="secondary">
                {showPreview ? "Hide preview" : "Preview"}
              </ButtonLink>
            </div>
          }
        >
          <span id="run-heading" className="text-lg">
            The retention job
          </span>
        </CardTitle>
        {showPreview && preview ? (
          <>
            <p className="text-sm text-slate-600 dark:text-slate-400">Dry run, as of now: nothing has been changed.</p>
            <PreviewTable rows={preview} />
          </>
        ) : null}
        {canWrite ? <RunNowForm toDelete={dueNow("delete")} toAnonymise={dueNow("anonymise")} action={runRetentionNowAction} /> : null}
      </section>

      <section aria-labelledby="receipts-heading" className="space-y-3">
        <CardTitle
          action={
            <div className="flex gap-3 text-sm">
              <Link href="/retention/receipts" className="text-brand-700 underline dark:text-sky-300">
                All receipts ({receipts.total})
              </Link>
              <a href="/retention/receipts/export" className="text-brand-700 underline dark:text-sky-300">
                Export CSV
              </a>
            </div>
          }
        >
          <span id="receipts-heading" className="text-lg">
            Latest receipts
          </span>
        </CardTitle>
        {receipts.rows.length === 0 ? <EmptyState title="No run yet">Receipts appear here after the first run.</EmptyState> : <ReceiptsTable runs={receipts.rows} timeZone={timeZone} />}
      </section>
    </div>
  );
}
