export declare function scriptHashes(html: string): string[];
export declare function htmlPolicy(html: string, pathname: string): string;
export declare function bodyPolicy(body: Buffer, pathname: string, keep?: boolean): string;
export declare const bodyPolicyStats: { read: number; kept: number };
