import type { NextRequest } from "next/server";
import { getRecordVersion } from "@/db/queries/inventory";
import { authorizeRoute } from "@/lib/auth/guards";
import { apiError } from "@/lib/http";
import { badFormat, parseFormat, versionDownload } from "../../export/download";

// Versions are positive integers; anything else cannot exist, so it is a 404 like an unknown number.
const VERSION = /^[1-9]\d{0,8}$/;

/** A past version, rendered from the snapshot stored when it was stamped, so it reads as it was then. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ version: string }> }) {
  const guard = await authorizeRoute("inventory:read");
  if (guard.response) return guard.response;
  const format = parseFormat(request.nextUrl.searchParams.get("format"));
  if (!format) return badFormat();
  const { version } = await params;
  const found = VERSION.test(version) ? await getRecordVersion(Number(version)) : null;
  if (!found) return apiError(404, "not_found", "There is no such version of the record.");
  return versionDownload(found.snapshot, found, format);
}
