import { getRequestById, requestForApi } from "@/db/queries/requests";
import { requireApiKey } from "../../_auth";
import { apiError, apiJson, internalError } from "@/lib/http";
import { isUuid } from "@/lib/uuid";

export const dynamic = "force-dynamic";

/** One request with its status and dates (dueDate and extendedDueDate as YYYY-MM-DD in the organisation's time zone). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const auth = await requireApiKey(request, "requests:read");
    if (auth.response) return auth.response;
    const { id } = await params;
    const row = isUuid(id) ? await getRequestById(id) : null;
    if (!row) return apiError(404, "not_found", "There is no request with this id.");
    return apiJson(requestForApi(row));
  } catch (error) {
    return internalError("requests.get", error);
  }
}
