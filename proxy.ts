import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import type { Session } from "next-auth";
import { auth } from "@/lib/auth";
import { contentSecurityPolicy } from "@/lib/security/csp";

// Pages anyone may open. Everything else needs a session; route handlers answer 401 themselves.
const PUBLIC_PAGES = ["/login", "/privacy", "/request"];

function isPublic(pathname: string) {
  return PUBLIC_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

// This only redirects the signed-out to sign-in and sets the CSP. It is not protection:
// every page, action and route handler checks the user and role itself.
const withSession = auth((request: NextRequest & { auth: Session | null }) => {
  const { pathname, search } = request.nextUrl;
  // Only a person's page navigation is sent to sign-in; other requests (downloads fetched by a
  // script, server actions) reach their handler, which answers 401 or an error state itself.
  const navigation = request.headers.get("accept")?.includes("text/html") ?? false;
  if (!request.auth && navigation && !pathname.startsWith("/api/") && !isPublic(pathname)) {
    const login = new URL("/login", request.nextUrl.origin);
    if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

type Handler = (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

// With a lazily built config (so `next build` needs no secret), Auth.js hands the wrapped handler back as a promise.
export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const handler = (await (withSession as unknown as Promise<Handler>)) satisfies Handler;
  return withoutSessionRefresh(await handler(request, event));
}

/**
 * Auth.js's wrapper re-sends the session cookie on every response to slide its expiry. A request
 * still in flight when the person signs out would then put the cookie back, so the proxy never
 * sets it: a session lasts its fixed 8 hours from sign-in, and sign-out sticks.
 */
function withoutSessionRefresh(response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (!cookies.some(isSessionCookie)) return response;
  response.headers.delete("set-cookie");
  for (const cookie of cookies.filter((c) => !isSessionCookie(c))) response.headers.append("set-cookie", cookie);
  return response;
}

function isSessionCookie(setCookie: string): boolean {
  return /^(__Secure-)?authjs\.session-token(\.\d+)?=/.test(setCookie);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2)$).*)"],
};
