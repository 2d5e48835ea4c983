import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";

// Heading only: each page below checks retention:read itself.
export default function RetentionLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PageHeader
        title="Retention"
        description="How long chat data is kept, the legal holds that stop deletion, and the receipts of every run of the retention job (Art. 5(1)(e))."
      />
      {children}
    </>
  );
}
