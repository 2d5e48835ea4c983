/**
 * Reduces a requested return address to a path on this site. Auth.js hands over an absolute
 * callbackUrl; taking only its path and query keeps an attacker's host out of the redirect.
 */
export function safeReturnPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  let url: URL;
  try {
    url = new URL(raw, "http://local.invalid");
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search;
  // "//host" and "/\host" would be read by browsers as another host.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (path === "/login" || path.startsWith("/login?") || path.startsWith("/api/auth")) return fallback;
  return path;
}
