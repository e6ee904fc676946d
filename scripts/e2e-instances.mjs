// Where each Playwright worker's server listens and which database it serves (SQLite): shared by
// playwright.config.ts (each worker picks its own) and scripts/e2e-server.mjs (which starts them all).
// Instance 0 is the one E2E_PORT and E2E_DATABASE_URL name; instance i listens 10 ports further on.

export const DEFAULT_E2E_DATABASE_URL = "file:./tests/.tmp/e2e.db";

export const instancePort = (basePort, index) => String(Number(basePort) + 10 * index);

export const instanceDatabaseUrl = (url, index) => (index === 0 ? url : url.replace(/(\.db)?$/, `-${index}$1`));

export const instanceDistDir = (distDir, index) => (index === 0 ? distDir : `${distDir}-${index}`);
