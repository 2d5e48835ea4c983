"use client";

import { useEffect } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";

// The details stay in the server log (the digest links the two); the person gets a sentence and a retry.
// `retry` (Next 16) fetches the page from the server again; `reset` alone would re-render the same error.
export default function AuditError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => {
    console.error("audit page failed", error.digest ?? "");
  }, [error.digest]);
  return (
    <>
      <PageHeader title="Audit log" />
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
        <p className="font-medium">The audit log could not be loaded.</p>
        <p className="mt-1">
          This is usually temporary. Try again; if it keeps happening, tell your administrator
          {error.digest ? ` and quote reference ${error.digest}` : ""}.
        </p>
        <Button variant="secondary" className="mt-3" onClick={retry}>
          Try again
        </Button>
      </div>
    </>
  );
}
