import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { Sidebar } from "@/components/layout/sidebar";
import { requireSignedIn } from "@/lib/auth/guards";

// Every page below reads the database per request.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireSignedIn();
  const theme = (await cookies()).get("theme")?.value === "dark" ? "dark" : "light";
  return (
    <div className="md:flex">
      <Sidebar user={user} theme={theme} />
      <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-8">
        {children}
      </main>
    </div>
  );
}
