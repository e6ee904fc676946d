export const DEFAULT_E2E_DATABASE_URL: string;
export function instancePort(basePort: string | number, index: number): string;
export function instanceDatabaseUrl(url: string, index: number): string;
export function instanceDistDir(distDir: string, index: number): string;
