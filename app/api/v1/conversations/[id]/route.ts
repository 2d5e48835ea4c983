import { getConversationForApi } from "@/db/queries/chats";
import { requireApiKey } from "../../_auth";
import { apiError, apiJson, internalError } from "@/lib/http";

export const dynamic = "force-dynamic";

/** One conversation with its messages and the personal data found in them (by position in the text). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const auth = await requireApiKey(request, "chats:read");
    if (auth.response) return auth.response;
    const { id } = await params;
    const view = await getConversationForApi(id);
    if (!view) return apiError(404, "not_found", "There is no conversation with this id.");
    return apiJson(view);
  } catch (error) {
    return internalError("conversations.get", error);
  }
}
