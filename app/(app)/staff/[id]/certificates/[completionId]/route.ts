import { getCertificate } from "@/db/queries/training";
import { authorizeRoute } from "@/lib/auth/guards";
import { apiError } from "@/lib/http";
import { safeFileName } from "@/lib/training/staff-schema";
import { isUuid } from "@/lib/uuid";

/** A stored certificate, for whoever may see the person (a manager: their own team only). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; completionId: string }> }) {
  const { user, response } = await authorizeRoute("training:read");
  if (response) return response;
  const { id, completionId } = await params;
  const certificate = isUuid(id) && isUuid(completionId) ? await getCertificate(user, id, completionId) : null;
  if (!certificate) return apiError(404, "not_found", "There is no certificate here that you may see.");
  // Always a download, never rendered in the app's origin; the type is the one checked at upload.
  return new Response(new Uint8Array(certificate.data), {
    headers: {
      "Content-Type": certificate.mimeType,
      "Content-Disposition": `attachment; filename="${safeFileName(certificate.fileName, certificate.mimeType)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      Digest: `sha-256=${Buffer.from(certificate.sha256, "hex").toString("base64")}`,
    },
  });
}
