export declare const GONE_HOOK: unique symbol;
export declare const GONE_HOOK_INSTALLED: unique symbol;
