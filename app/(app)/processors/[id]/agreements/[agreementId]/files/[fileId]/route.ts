import { getAgreementFile } from "@/db/queries/processors";
import { authorizeRoute } from "@/lib/auth/guards";
import { apiError } from "@/lib/http";
import { agreementDownloadName } from "@/lib/processors/files";
import { isUuid } from "@/lib/uuid";

/** One stored version of an agreement, for every role that reads processors. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; agreementId: string; fileId: string }> }) {
  const { user, response } = await authorizeRoute("processors:read");
  if (response) return response;
  const { id, agreementId, fileId } = await params;
  const file = [id, agreementId, fileId].every(isUuid) ? await getAgreementFile(user, id, agreementId, fileId) : null;
  if (!file) return apiError(404, "not_found", "There is no such agreement file.");
  // Always a download, never rendered in the app's origin; the type is the one checked at upload.
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.data.length),
      "Content-Disposition": `attachment; filename="${agreementDownloadName(file.fileName)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      Digest: `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
    },
  });
}
