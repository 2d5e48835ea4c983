import type { NextConfig } from "next";

// Headers that do not depend on the request. The Content-Security-Policy needs a
// fresh nonce per request, so it is set in proxy.ts instead.
const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel e2e runs build side by side; normally ".next".
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Enables forbidden(): a role without a permission gets a real 403 page.
  // Server actions carry uploads (certificates up to 5 MB); the default limit is 1 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // `npm run typecheck` (tsc --noEmit over the whole project, tests included) is its own CI step;
  // checking again inside every build only makes the e2e runs slower.
  typescript: { ignoreBuildErrors: true },
  // PGlite ships WASM and data files that bundling breaks; load it from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // Retention was a settings tab before it became its own module; old bookmarks still arrive.
  async redirects() {
    return [{ source: "/settings/retention/:path*", destination: "/retention/:path*", permanent: true }];
  },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders }];
  },
};

export default nextConfig;
