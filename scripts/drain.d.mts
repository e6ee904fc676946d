import type { Server } from "node:http";

export declare const SHUTDOWN_GRACE_MS: number;
export declare function isLiveStream(method: string | undefined, url: string | undefined): boolean;
export declare type Drain = {
  track(req: { method?: string; url?: string }, res: unknown): void;
  readonly stopping: boolean;
  stop(server: Pick<Server, "close" | "closeIdleConnections" | "closeAllConnections">, signal: string): void;
};
export declare function newDrain(options?: { graceMs?: number; log?: (message: string) => void; exit?: (code: number) => void }): Drain;
export declare const REPEATED_SIGNAL_MS: number;
export declare function drainOnSignals(
  drain: Drain,
  server: Server,
  options?: { signals?: { on(signal: string, listener: () => void): unknown }; exit?: (code: number) => void; now?: () => number },
): void;
