import Link from "next/link";
import { EmptyState } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import type { Tone } from "@/lib/tone";
import { Table, Td, Th } from "@/components/ui/table";
import type { SourceRow } from "@/db/queries/chats";
import { formatDateTime } from "@/lib/time";
import { SourceSettings, type SourceActions } from "./source-settings";

const KIND: Record<SourceRow["kind"], { label: string; tone: Tone }> = {
  api: { label: "HTTP API", tone: "info" },
  chatwoot: { label: "Chatwoot", tone: "good" },
  import: { label: "Import", tone: "neutral" },
};

function WebhookStatus({ webhook }: { webhook: SourceRow["webhook"] }) {
  if (!webhook) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  if (!webhook.readable) {
    return (
      <span className="space-y-1">
        <Badge tone="bad">Secret unreadable</Badge>
        <span className="block text-xs text-slate-600 dark:text-slate-400">AUTH_SECRET changed since it was stored: rotate the token.</span>
      </span>
    );
  }
  return <Badge tone={webhook.signatureCheck ? "good" : "info"}>{webhook.signatureCheck ? "Token or signature" : "Token in URL"}</Badge>;
}

/** `actions` reach each source's settings; they are only used when `canManage`. */
export function SourcesTable({ sources, timeZone, canManage, actions }: { sources: SourceRow[]; timeZone: string; canManage: boolean; actions: SourceActions }) {
  if (sources.length === 0) {
    return (
      <EmptyState title="No sources yet">
        A source appears when the first batch names it through the API or an import, or when you connect a Chatwoot account below.
      </EmptyState>
    );
  }
  return (
    <Table>
      <caption className="sr-only">Chat sources, {sources.length} in all</caption>
      <thead>
        <tr>
          <Th>Source</Th>
          <Th>Kind</Th>
          <Th>Created</Th>
          <Th>Last message received</Th>
          <Th className="text-right">Conversations</Th>
          <Th className="text-right">Messages</Th>
          <Th>Webhook</Th>
        </tr>
      </thead>
      <tbody>
        {sources.map((s) => (
          <tr key={s.id} data-testid="source-row" data-key={s.key}>
            <Td>
              <p className="font-medium">{s.name}</p>
              <p>
                <code className="text-xs text-slate-600 dark:text-slate-400">{s.key}</code>
              </p>
              {canManage ? (
                <div className="mt-2">
                  <SourceSettings id={s.id} keyName={s.key} name={s.name} kind={s.kind} signatureCheck={Boolean(s.webhook?.signatureCheck)} actions={actions} />
                </div>
              ) : null}
            </Td>
            <Td>
              <Badge tone={KIND[s.kind].tone}>{KIND[s.kind].label}</Badge>
            </Td>
            <Td className="whitespace-nowrap">{formatDateTime(s.createdAt, timeZone)}</Td>
            <Td className="whitespace-nowrap">{s.lastReceivedAt ? formatDateTime(s.lastReceivedAt, timeZone) : "Nothing yet"}</Td>
            <Td className="text-right tabular-nums">
              {s.conversations > 0 ? (
                <Link href={`/chats?source=${s.key}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                  {s.conversations.toLocaleString("en")}
                </Link>
              ) : (
                0
              )}
            </Td>
            <Td className="text-right tabular-nums">{s.messages.toLocaleString("en")}</Td>
            <Td>
              <WebhookStatus webhook={s.webhook} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
