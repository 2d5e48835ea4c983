import { EmptyState } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ApiKeyListRow } from "@/db/queries/api-keys";
import { API_KEY_SCOPE_LABELS, isApiKeyScope } from "@/lib/api-keys";
import { formatDateTime } from "@/lib/time";
import type { ActionState } from "@/lib/forms";
import { RevokeApiKeyForm } from "./revoke-api-key-form";

/** `revokeAction` is passed on to each row's revoke form; it is only used when `canRevoke`. */
export function ApiKeysTable({ keys, timeZone, canRevoke, revokeAction }: { keys: ApiKeyListRow[]; timeZone: string; canRevoke: boolean; revokeAction: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  if (keys.length === 0) {
    return <EmptyState title="No API keys yet">Create one below for the chat platform that sends conversations here.</EmptyState>;
  }
  return (
    <Table>
      <caption className="sr-only">API keys, active ones first</caption>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Key</Th>
          <Th>Scopes</Th>
          <Th>Created</Th>
          <Th>Last used</Th>
          <Th>Status</Th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id} data-testid="api-key-row" data-revoked={key.revokedAt ? "true" : "false"}>
            <Td className="font-medium">{key.name}</Td>
            <Td>
              {/* The stored prefix only: enough to tell keys apart, not to use one. */}
              <code className="whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">{key.prefix}…</code>
            </Td>
            <Td>
              <ul className="flex flex-wrap gap-1" aria-label={`Scopes of ${key.name}`}>
                {key.scopes.map((scope) => (
                  <li key={scope}>
                    <Badge tone="info">
                      <span title={isApiKeyScope(scope) ? API_KEY_SCOPE_LABELS[scope].description : undefined}>{scope}</span>
                    </Badge>
                  </li>
                ))}
              </ul>
            </Td>
            <Td className="whitespace-nowrap">
              <p>{formatDateTime(key.createdAt, timeZone)}</p>
              <p className="text-slate-600 dark:text-slate-400">{key.createdByName ? `by ${key.createdByName}` : "from the command line"}</p>
            </Td>
            <Td className="whitespace-nowrap">{key.lastUsedAt ? formatDateTime(key.lastUsedAt, timeZone) : "Never"}</Td>
            <Td>
              {key.revokedAt ? (
                <div className="space-y-1">
                  <Badge tone="bad">Revoked</Badge>
                  <p className="whitespace-nowrap text-xs text-slate-600 dark:text-slate-400">
                    {formatDateTime(key.revokedAt, timeZone)}
                    {key.revokedByName ? ` by ${key.revokedByName}` : ""}
                  </p>
                </div>
              ) : (
                <div className="space-y-2">
                  <Badge tone="good">Active</Badge>
                  {canRevoke ? <RevokeApiKeyForm keyId={key.id} name={key.name} action={revokeAction} /> : null}
                </div>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
