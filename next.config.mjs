// @ts-check
// JavaScript, not TypeScript: Next compiles a next.config.ts with its native SWC binding, which then stays
// loaded in every server for good (about 16 MB of RSS and two threads of its own; docs/benchmark.md,
// seventeenth pass). The JSDoc type below keeps editors checking the settings.

function pageCacheMegabytes() {
  const value = Number(process.env.PAGE_CACHE_MB || 256);
  if (Number.isFinite(value) && value >= 0) return value;
  throw new Error(`PAGE_CACHE_MB must be a number of megabytes (0 or more), not "${process.env.PAGE_CACHE_MB}".`);
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next tags each cached page by hashing it in JavaScript on every answer (about 50 µs of the serving
  // thread per public page); scripts/serve.mjs tags them with the SHA-256 it already takes of each.
  generateEtags: false,
  // scripts/serve.mjs hashes inline scripts into each HTML response's CSP, so bodies must stay
  // uncompressed here; compress at the reverse proxy.
  compress: false,
  // Cached public pages kept in memory per instance (the rest are read from disk). See docs/public-api.md, Caching.
  cacheMaxMemorySize: pageCacheMegabytes() * 1024 * 1024,
  // piscina starts the intake worker (the build's bundle, or lib/intake/worker.mjs) and lib/auth/password-worker.mjs from disk at run time; it must not be bundled.
  // linkedom (HTML imports) tries to require the optional native `canvas` package, which a bundler would resolve.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "piscina", "pg-boss", "linkedom"],
  // Builds for CI and end-to-end runs use their own folder so they never clobber the app's own build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The test suite's builds skip the type check `npm run typecheck` has just done (scripts/e2e-server.mjs).
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  // Turbopack keeps a build cache (about 140 MB) to speed up the next build in the same folder; the
  // suite's builds start from an empty folder every run, so writing it only costs time there.
  experimental: { turbopackFileSystemCacheForBuild: process.env.NEXT_BUILD_CACHE !== "0" },
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      // Framing is denied everywhere except the embeddable verdict card.
      {
        source: "/((?!embed/).*)",
        headers: [...common, { key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: "frame-ancestors 'none'" }],
      },
      { source: "/embed/:path*", headers: [...common, { key: "Content-Security-Policy", value: "frame-ancestors *" }] },
    ];
  },
};

export default nextConfig;
