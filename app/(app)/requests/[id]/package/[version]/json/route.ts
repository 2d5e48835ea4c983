import { getAccessPackage, packageJsonText } from "@/db/queries/requests";
import { authorizeRoute } from "@/lib/auth/guards";
import { apiError } from "@/lib/http";

/** The package's machine-readable copy (Art. 20), byte for byte what its SHA-256 was computed over. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; version: string }> }) {
  const guard = await authorizeRoute("requests:read");
  if (guard.response) return guard.response;
  const { id, version } = await params;
  const pkg = /^\d{1,6}$/.test(version) ? await getAccessPackage(id, Number(version)) : null;
  if (!pkg) return apiError(404, "not_found", "There is no such package.");
  return new Response(packageJsonText(pkg.json), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${pkg.reference}-data-v${pkg.version}.json"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
