export declare function scriptHashes(html: string): string[];
export declare function htmlPolicy(html: string, pathname: string): string;
export declare const bodyPolicyStats: { read: number; kept: number };
export declare function bodyAnswer(body: Buffer, pathname: string, keep?: boolean): { policy: string; etag: string | null };
export declare function notModified(headers: Record<string, string | string[] | undefined>, etag: string | null): boolean;
