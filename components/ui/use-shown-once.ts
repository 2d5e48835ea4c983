"use client";

import { useState } from "react";

/**
 * A secret an action returned (an API key, a webhook token), shown until the person dismisses it. It lives only in
 * this component's memory: dismissed (or the page left), it is gone for good. `idOf` tells one secret from the next.
 */
export function useShownOnce<T>(secret: T | undefined, idOf: (secret: T) => string) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const shown = secret !== undefined && idOf(secret) !== dismissed ? secret : undefined;
  function dismiss() {
    if (shown !== undefined) setDismissed(idOf(shown));
  }
  return { shown, dismiss };
}
