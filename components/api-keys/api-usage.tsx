import { Card } from "@/components/ui/card";
import { API_KEY_SCOPE_LABELS, API_KEY_SCOPES } from "@/lib/api-keys/scopes";
import { MAX_BATCH_BYTES, MAX_BATCH_CONVERSATIONS, MAX_BATCH_MESSAGES } from "@/lib/chats/batch-schema";

const EXAMPLE = `curl -X POST https://dpo-desk.example.com/api/v1/conversations \\
  -H "Authorization: Bearer dpo_…" \\
  -H "Content-Type: application/json" \\
  -d '{"source":"website","conversations":[{"externalId":"c-1001",
       "startedAt":"2026-03-02T09:14:00Z","visitor":{"email":"anna@example.com"},
       "messages":[{"externalId":"m-1","sentAt":"2026-03-02T09:14:05Z",
                    "author":"visitor","text":"Hi, where is my order?"}]}]}'`;

/** How a chat platform uses a key: what each scope opens, the rules of a batch, and a working example. */
export function ApiUsage() {
  return (
    <Card aria-labelledby="api-usage-heading">
      <h2 id="api-usage-heading" className="mb-2 text-lg font-semibold">
        Using the API
      </h2>
      <p className="mb-2 text-sm">
        Send the key as <code>Authorization: Bearer dpo_…</code>. A missing, unknown or revoked key is answered 401, a key without the
        endpoint&apos;s scope 403; errors are JSON <code>{"{ error: { code, message, details? } }"}</code>.
      </p>
      <dl className="mb-3 space-y-1 text-sm">
        {API_KEY_SCOPES.map((scope) => (
          <div key={scope}>
            <dt className="inline font-medium">
              <code>{scope}</code>:
            </dt>{" "}
            <dd className="inline">{API_KEY_SCOPE_LABELS[scope].description}</dd>
          </div>
        ))}
      </dl>
      <p className="mb-3 text-sm">
        A batch holds up to {MAX_BATCH_CONVERSATIONS} conversations and {MAX_BATCH_MESSAGES.toLocaleString("en")} messages in at most{" "}
        {MAX_BATCH_BYTES / 1024 / 1024} MB. Sending a conversation or message again (same source and ids) adds nothing; new messages are
        added to the conversation. All or nothing: an invalid item is answered 400 naming it, and nothing of the batch is written. A 2xx
        answer means the batch is stored.
      </p>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
        <code>{EXAMPLE}</code>
      </pre>
    </Card>
  );
}
