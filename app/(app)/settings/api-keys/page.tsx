import type { Metadata } from "next";
import { listApiKeys } from "@/db/queries/api-keys";
import { getTimeZone } from "@/db/queries/time-zone";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { ApiUsage } from "@/components/api-keys/api-usage";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { Card } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysSettingsPage() {
  const me = await requirePagePermission("apikeys:read");
  const [keys, timeZone] = await Promise.all([listApiKeys(), getTimeZone()]);
  const canWrite = can(me.role, "apikeys:write");
  return (
    <div className="space-y-6">
      <section aria-labelledby="api-keys-heading">
        <h2 id="api-keys-heading" className="mb-1 text-lg font-semibold">
          API keys
        </h2>
        <p className="mb-3 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          Chat platforms and scripts use these keys to send conversations to DPO Desk and read them back. Only a hash of each key is
          stored; a lost key cannot be shown again, so revoke it and create a new one.
        </p>
        <ApiKeysTable keys={keys} timeZone={timeZone} canRevoke={canWrite} revokeAction={revokeApiKeyAction} />
      </section>
      {canWrite ? (
        <Card aria-labelledby="create-api-key-heading">
          <h2 id="create-api-key-heading" className="mb-3 text-lg font-semibold">
            Create an API key
          </h2>
          <CreateApiKeyForm action={createApiKeyAction} />
        </Card>
      ) : null}
      <ApiUsage />
    </div>
  );
}
