"use client";

import { Button } from "@/components/ui/button";

// The details stay in the server log; the person gets a sentence and a way to try again.
export default function SettingsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-xl rounded-lg border border-red-300 bg-red-50 p-5 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
      <h2 className="font-semibold">The settings could not be loaded</h2>
      <p className="mt-1 text-sm">Something went wrong on our side. Try again; if it keeps happening, check the server log.</p>
      <Button variant="secondary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
