export declare function scriptHashes(html: string): string[];
export declare function htmlPolicy(html: string, pathname: string): string;
