import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { Sidebar } from "@/components/layout/sidebar";
import { navigationCounts } from "@/db/queries/navigation";
import { getTimeZone } from "@/db/queries/time-zone";
import { requireSignedIn } from "@/lib/auth/guards";
import { todayIn } from "@/lib/time";

// Every page below reads the database per request.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireSignedIn();
  const [cookieStore, timeZone] = await Promise.all([cookies(), getTimeZone()]);
  const theme = cookieStore.get("theme")?.value === "dark" ? "dark" : "light";
  // Only the counts this role may see are computed; each is one indexed count.
  const counts = await navigationCounts(user.role, todayIn(timeZone));
  return (
    <div className="lg:flex">
      {/* The first thing a keyboard reaches: past the navigation, straight to the page. */}
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Sidebar user={user} theme={theme} counts={counts} />
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none md:px-8">
        {children}
      </main>
    </div>
  );
}
