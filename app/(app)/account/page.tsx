import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { requirePagePermission } from "@/lib/auth/guards";
import { changeOwnPasswordAction } from "./actions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("account:write");
  // Set by the password change, which ends in a redirect so this page renders with the new session.
  const passwordChanged = (await searchParams).password === "changed";
  return (
    <>
      <PageHeader title="My account" description="Your sign-in details. Your name, email and role are managed by the DPO." />
      {passwordChanged ? (
        <p role="status" className="mb-6 max-w-4xl rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100">
          Your password was changed. Any other sessions of your account have been signed out.
        </p>
      ) : null}
      <div className="grid max-w-4xl gap-6 lg:grid-cols-2">
        <Card aria-labelledby="account-details-heading">
          <h2 id="account-details-heading" className="mb-3 text-lg font-semibold">
            Details
          </h2>
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Name</dt>
              <dd className="font-medium" data-testid="account-name">{user.name}</dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Email</dt>
              <dd className="font-medium" data-testid="account-email">{user.email}</dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Role</dt>
              <dd className="font-medium" data-testid="account-role">{ROLE_LABELS[user.role]}</dd>
            </div>
          </dl>
        </Card>
        <Card aria-labelledby="change-password-heading">
          <h2 id="change-password-heading" className="mb-3 text-lg font-semibold">
            Change password
          </h2>
          <ChangePasswordForm action={changeOwnPasswordAction} />
        </Card>
      </div>
    </>
  );
}
