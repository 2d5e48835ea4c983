import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ShieldCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/guards";
import { landingFor } from "@/lib/auth/landing";
import { requestedReturnPath } from "@/lib/auth/redirect";
import { env } from "@/lib/env";
import { signInWithSsoAction } from "./actions";
import { LoginForm } from "./login-form";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  // Empty when none was asked for: after sign-in, each role then lands on its own work.
  const callbackUrl = requestedReturnPath(params.callbackUrl) ?? "";
  const user = await getCurrentUser();
  if (user) redirect(callbackUrl || landingFor(user.role));
  const { oidcEnabled, OIDC_NAME } = env();
  const ssoRefused = params.error === "AccessDenied";
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="mb-6 flex items-center gap-2">
          <ShieldCheck className="h-7 w-7 text-brand-600" aria-hidden />
          <h1 className="text-xl font-semibold">Sign in to DPO Desk</h1>
        </div>
        {ssoRefused ? (
          <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
            Single sign-on worked, but there is no active DPO Desk account for that email. Ask your DPO to add you.
          </p>
        ) : null}
        <LoginForm callbackUrl={callbackUrl} />
        {oidcEnabled ? (
          <form action={signInWithSsoAction} className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <Button type="submit" variant="secondary" className="w-full">
              Sign in with {OIDC_NAME}
            </Button>
          </form>
        ) : null}
      </div>
    </main>
  );
}
