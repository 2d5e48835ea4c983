/**
 * The page a person asked to return to, as a safe local path, or null when they asked for none (or for
 * something unusable): the caller then picks the role's own landing page. Auth.js hands over an absolute
 * callbackUrl; taking only its path and query keeps an attacker's host out of the redirect.
 */
export function requestedReturnPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw, "http://local.invalid");
  } catch {
    return null;
  }
  const path = url.pathname + url.search;
  // "//host" and "/\host" would be read by browsers as another host.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  if (path === "/login" || path.startsWith("/login?") || path.startsWith("/api/auth")) return null;
  return path;
}
