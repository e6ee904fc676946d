export declare const MAX_TARGET_LENGTH: number;
export declare const REFUSAL_HEADERS: Readonly<Record<string, string>>;
export type Refusal = { status: 400 | 403 | 405 | 411 | 413 | 414; why: string; headers?: Record<string, string> };
export declare function safeDecode(raw: string): string | null;
export declare function refuseTarget(target: string | undefined): Refusal | null;
export declare function refuseActionOrigin(options: {
  method: string | undefined;
  pathname: string;
  headers: Record<string, string | string[] | undefined>;
}): Refusal | null;
export declare const READ_ONLY_PATH: RegExp;
export declare function refuseMethod(options: { method: string | undefined; pathname: string }): Refusal | null;
export declare const MAX_AUTH_BODY_BYTES: number;
export declare function refuseAuthBody(options: {
  method: string | undefined;
  pathname: string;
  headers: Record<string, string | string[] | undefined>;
}): Refusal | null;
export declare const MAX_ROUTER_STATE_LENGTH: number;
export declare function isRouterState(value: unknown): boolean;
export declare function refuseRouterState(headers: Record<string, string | string[] | undefined> | undefined): Refusal | null;
