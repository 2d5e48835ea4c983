import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/guards";

// The check runs here as well as in each page: loading.tsx streams the list behind a Suspense boundary,
// so a refusal from the page itself would come after a 200 status had gone out. Refused here, a role
// without chats:read gets a real 403.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePagePermission("chats:read");
  return children;
}
