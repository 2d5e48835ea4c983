import { getAccessPackage } from "@/db/queries/requests";
import { authorizeRoute } from "@/lib/auth/guards";
import { apiError } from "@/lib/http";
import { DOCUMENT_CSP } from "@/lib/requests/access-package-html";

// The document holds chat text: whatever it contains, nothing in it may run or load from elsewhere. The
// same policy is inside the document (a <meta> tag), which is what still holds once the file is saved;
// note that proxy.ts currently replaces this header with the app's nonce policy, which also runs no inline script.
const CSP = `${DOCUMENT_CSP}; frame-ancestors 'none'`;

/** The package's readable copy, a self-contained page the DPO prints to PDF or sends as it is. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; version: string }> }) {
  const guard = await authorizeRoute("requests:read");
  if (guard.response) return guard.response;
  const { id, version } = await params;
  const pkg = /^\d{1,6}$/.test(version) ? await getAccessPackage(id, Number(version)) : null;
  if (!pkg) return apiError(404, "not_found", "There is no such package.");
  return new Response(pkg.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Disposition": `attachment; filename="${pkg.reference}-data-v${pkg.version}.html"`,
      "Content-Security-Policy": CSP,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
