"use client";

import { ModuleError } from "@/components/layout/route-states";

export default function ErrorPage(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <ModuleError what="The search results" {...props} />;
}
