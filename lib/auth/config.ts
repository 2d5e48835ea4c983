import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import { isLoginBlocked, loginKeys, recordLoginFailure } from "@/db/queries/login-failures";
import { getUserForSignIn, markSignedIn } from "@/db/queries/users";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";
import { dummyPasswordHash, verifyPassword } from "./password";

export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(256),
});

async function recordSignIn(userId: string, method: string) {
  await withAudit(
    { type: "user", id: userId },
    (tx) => markSignedIn(userId, tx),
    () => ({ action: "auth.sign_in", entityType: "user", entityId: userId, summary: { method } }),
  );
}

export function buildAuthConfig(): NextAuthConfig {
  const e = env();
  const providers: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const keys = loginKeys(email, clientAddress(request.headers));
        if (await isLoginBlocked(keys)) throw new TooManyAttempts();
        const user = await getUserForSignIn(email);
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !ok || !user.active) {
          await recordLoginFailure(keys);
          return null;
        }
        await recordSignIn(user.id, "password");
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ];
  if (e.oidcEnabled) {
    providers.push({
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oidc",
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
    });
  }

  return {
    secret: e.AUTH_SECRET,
    // `next start` behind a proxy sees the public host in forwarded headers; AUTH_TRUST_HOST=false
    // turns that off where AUTH_URL is set and the headers are not to be trusted.
    trustHost: e.AUTH_TRUST_HOST !== "false",
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers,
    // Auth.js would otherwise print full errors; the product logs no identifiers.
    logger: {
      // `type` survives minification; `name` does not.
      error: (error) => console.error(`[auth] ${(error as { type?: string }).type ?? error.name}`),
      warn: () => undefined,
      debug: () => undefined,
    },
    callbacks: {
      // Single sign-on only lets in people who already have an active account here; it never creates one.
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        const email = typeof profile?.email === "string" ? profile.email : "";
        const user = email ? await getUserForSignIn(email) : null;
        if (!user || !user.active) return false;
        await recordSignIn(user.id, "oidc");
        return true;
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === "oidc" && typeof profile?.email === "string") {
          const found = await getUserForSignIn(profile.email);
          if (found) Object.assign(token, { uid: found.id, role: found.role, sv: found.sessionVersion, name: found.name, email: found.email });
        } else if (user?.id) {
          Object.assign(token, { uid: user.id, role: user.role, sv: user.sessionVersion });
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid && token.role) {
          session.user = {
            ...session.user,
            id: token.uid,
            role: token.role,
            name: token.name ?? "",
            email: token.email ?? "",
            sessionVersion: token.sv ?? 0,
          };
        }
        return session;
      },
    },
  };
}
