export declare function compactBytes<T>(bytes: T): T;
export declare function compactEntry<T>(entry: T): T;
export declare function compactPageCache(FileSystemCache?: unknown): boolean;
export declare function latin1Html<T>(html: T): T;
