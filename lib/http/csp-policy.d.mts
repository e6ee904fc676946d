export declare const SHARED_DIRECTIVES: readonly string[];
export declare function frameAncestors(pathname: string): string;
export declare function buildPolicy(scriptSources: string[], pathname: string): string;
export declare function noncePolicy(nonce: string, pathname: string, options?: { dev?: boolean }): string;
export declare function policyNonce(policy: string | null | undefined): string | null;
export declare function isFrameworkScript(body: string): boolean;
