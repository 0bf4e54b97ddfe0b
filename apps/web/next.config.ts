import type { NextConfig } from "next";

// Security headers that do not depend on the request. The Content-Security-Policy needs a fresh nonce per request
// and is set by src/proxy.ts.
const baseSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Internal packages are TypeScript source.
  transpilePackages: [
    "@antdash/api",
    "@antdash/db",
    "@antdash/sync",
    "@antdash/antring-core",
    "@antdash/dashboard-ui",
  ],
  // Native code, WebAssembly or files read at run time: loaded by Node, never bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "prisma",
    "@prisma/client",
    "@prisma/adapter-pg",
    // Report PDFs and mail (scheduled reports): Node-only, loaded at run time, never bundled.
    "playwright-core",
    "nodemailer",
    "@node-rs/argon2",
    "@fast-csv/format",
  ],
  experimental: {
    // A long-running self-hosted server gains nothing from a minified server bundle, and minification renames
    // classes: error names (logged, and set from `new.target.name` by the API's errors) would become "i".
    turbopackMinify: { server: false, client: true },
  },
  // `pnpm test` type-checks with tsc; skipping it here keeps `pnpm start`'s first build short.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: "/:path*", headers: baseSecurityHeaders },
      // Never framed, except the wallboard, which this same origin may frame (a kiosk page).
      { source: "/:path((?!tv(?:/|$)).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/tv/:path*", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
    ];
  },
};

export default nextConfig;
