"use client";

import { useRef, useState } from "react";

/**
 * Copies `text` to the clipboard. The clipboard API needs HTTPS (or localhost); elsewhere the text is selected in the
 * input behind `inputRef` for Ctrl+C, and `copied` says "manual" so the component can tell the person.
 */
export function useCopyText(text: string) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "manual" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      inputRef.current?.select();
      setCopied("manual");
    }
  }

  return { inputRef, copied, copy };
}
