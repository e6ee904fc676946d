export declare const CHANNELS: Readonly<{ revalidate: "factdesk_revalidate"; claim: "factdesk_claim"; presence: "factdesk_presence" }>;
export declare const RETRY_MS: number;
export declare const MAX_RETRY_MS: number;

export type ListenOptions = {
  /** A postgres:// or postgresql:// URL. */
  url: string;
  /** Channel names (lower-case letters, digits and underscores). */
  channels: readonly string[];
  /** Names the connection (application_name) and the log lines. */
  name: string;
  onNotification: (channel: string, payload: string) => void;
  /** After each successful LISTEN; `reconnected` is false the first time. Awaited; its errors are logged. */
  onConnect?: (state: { reconnected: boolean }) => void | Promise<void>;
  /** First wait before connecting again (ms), doubled after each failed try up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
};

/** Listen until the returned function is called; reconnects on its own. */
export declare function listen(options: ListenOptions): () => void;
