export declare const DEFAULT_E2E_DATABASE_URL: string;
export declare function instancePort(basePort: string | number, index: number): string;
export declare function instanceDatabaseUrl(url: string, index: number): string;
export declare function instanceDistDir(distDir: string, index: number): string;
