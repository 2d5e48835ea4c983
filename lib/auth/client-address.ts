// The address a sign-in came from, for rate limiting only. Behind a reverse proxy the first
// X-Forwarded-For entry is the client; the proxy is trusted to set it (see README, scaling out).
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
