import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CreateChatwootSourceForm } from "@/components/chats/create-chatwoot-source-form";
import { SourceVolumeChart } from "@/components/chats/source-volume-chart";
import { SourcesTable } from "@/components/chats/sources-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { listSourcesWithStats, sourceDailyVolume } from "@/db/queries/chats";
import { getTimeZone } from "@/db/queries/time-zone";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { SIGNATURE_TOLERANCE_SECONDS } from "@/lib/chats/secret-box";
import { createChatwootSourceAction, renameSourceAction, rotateTokenAction, setSigningSecretAction } from "./actions";

export const metadata: Metadata = { title: "Chat sources" };
export const dynamic = "force-dynamic";

const DAYS = 30;

const sourceActions = { rename: renameSourceAction, rotateToken: rotateTokenAction, setSigningSecret: setSigningSecretAction };

export default async function SourcesPage() {
  const user = await requirePagePermission("chats:read");
  const [sources, volume, timeZone] = await Promise.all([listSourcesWithStats(), sourceDailyVolume({ days: DAYS }), getTimeZone()]);
  const canManage = can(user.role, "sources:write");
  const series = sources.map((s) => ({ id: s.id, name: s.name }));
  const chartData = volume.map((d) => ({ day: d.day, ...Object.fromEntries(series.map((s) => [s.id, d.bySource[s.id] ?? 0])) }));
  return (
    <>
      <PageHeader
        title="Chat sources"
        description="The chat platforms feeding conversations in: what each holds now, when it last sent a message, and how many messages arrived per day."
        actions={<ButtonLink href="/chats" variant="secondary">Conversations</ButtonLink>}
      />
      <div className="space-y-6">
        <Card aria-labelledby="volume-heading">
          <CardTitle>
            <span id="volume-heading">Messages received per day, last {DAYS} days (UTC)</span>
          </CardTitle>
          {series.length > 0 ? <SourceVolumeChart data={chartData} series={series} /> : <p className="text-sm text-slate-600 dark:text-slate-400">No source has sent anything yet.</p>}
        </Card>

        <SourcesTable sources={sources} timeZone={timeZone} canManage={canManage} actions={sourceActions} />

        {canManage ? (
          <Card aria-labelledby="connect-heading" className="space-y-4">
            <h2 id="connect-heading" className="text-base font-semibold">
              Connect a Chatwoot account
            </h2>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              DPO Desk receives Chatwoot&apos;s webhook events (new messages, new and updated conversations, contact changes). Create a
              source here and paste the webhook URL it gives you into Chatwoot under <strong>Settings → Integrations → Webhooks</strong>.
              The URL carries a token that identifies this source; it is shown once. Private notes and activity messages (assignments,
              status changes) are never stored as chat text.
            </p>
            <CreateChatwootSourceForm action={createChatwootSourceAction} />
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">Signed requests instead of a token in the URL (HMAC)</summary>
              <div className="mt-2 space-y-2 text-slate-700 dark:text-slate-300">
                <p>
                  Chatwoot versions from 2026 show a secret for each webhook once it is saved, and sign every request with it: the{" "}
                  <code>X-Chatwoot-Signature</code> header holds <code>sha256=</code> and an HMAC-SHA256 of{" "}
                  <code>&lt;X-Chatwoot-Timestamp&gt;.&lt;request body&gt;</code>. Copy that secret into the source&apos;s{" "}
                  <em>Signature check</em> above. DPO Desk then also accepts a request whose signature is valid and whose timestamp is
                  within {SIGNATURE_TOLERANCE_SECONDS / 60} minutes of its clock, so a recorded request cannot be replayed later.
                </p>
                <p>
                  The token in the URL keeps working alongside. To rely on the signature alone, remove <code>?token=…</code> from the
                  webhook URL in Chatwoot; then rotate the token here so the old URL stops working.
                </p>
                <p>
                  Older Chatwoot versions do not sign webhooks: use the URL with its token, over HTTPS. The token and the signing secret
                  are stored encrypted with a key derived from <code>AUTH_SECRET</code>; changing <code>AUTH_SECRET</code> makes them
                  unreadable, and the source then needs a new token.
                </p>
              </div>
            </details>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              A Chatwoot conversation is stored as <code>&lt;account id&gt;:&lt;conversation id&gt;</code>, its visitor as{" "}
              <code>&lt;account id&gt;:&lt;contact id&gt;</code>. A conversation custom attribute named <code>category</code>, if you use
              one, becomes the conversation&apos;s category for retention rules.
            </p>
          </Card>
        ) : null}
      </div>
    </>
  );
}
