// One PostgreSQL LISTEN connection that stays up: connect, LISTEN on the given channels, and after a
// lost connection connect again, waiting a little longer after each failed try (RETRY_MS, doubling up
// to MAX_RETRY_MS). Plain ESM so both the app (lib/live/hub.ts) and scripts/serve.mjs (cache
// revalidation across instances) use it; types in pg-listen.d.mts.
//
// NOTIFY is delivered only to a connection that is listening when the notifying transaction commits:
// whatever was sent while the connection was down is lost. `onConnect` runs each time the channels are
// listened to again, so the caller can catch up from the database (`reconnected` is false the first time).
import pg from "pg";

/** The channels Factdesk NOTIFYs on (one list, for the app and the scripts). */
export const CHANNELS = Object.freeze({
  /** A public verdict changed: other instances revalidate their cached pages (lib/publishing/revalidate.ts). */
  revalidate: "factdesk_revalidate",
  /** A claim changed: open claim pages hear of it (lib/live/announce.ts). */
  claim: "factdesk_claim",
  /** Someone opened, left or edits a claim (lib/live/presence.ts). */
  presence: "factdesk_presence",
});

export const RETRY_MS = 500;
export const MAX_RETRY_MS = 10_000;
const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

const message = (error) => (error instanceof Error ? error.message : String(error));

export function listen({ url, channels, name, onNotification, onConnect = () => {}, retryMs = RETRY_MS, maxRetryMs = MAX_RETRY_MS }) {
  for (const channel of channels) if (!CHANNEL_NAME.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let client = null;
  let retry = null;
  let stopped = false;
  let connectedBefore = false;
  let delay = retryMs;

  const drop = (old) => {
    if (!old) return;
    old.removeAllListeners();
    old.on("error", () => {}); // an error while closing must not become an unhandled 'error' event
    old.end().catch(() => {});
  };

  const schedule = () => {
    if (stopped || retry) return;
    drop(client);
    client = null;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, delay);
    retry.unref?.();
    delay = Math.min(delay * 2, maxRetryMs);
  };

  async function connect() {
    if (stopped) return;
    const next = new pg.Client({ connectionString: url, application_name: name });
    client = next;
    next.on("notification", (note) => {
      try {
        onNotification(note.channel, note.payload ?? "");
      } catch (error) {
        console.error(`[factdesk] ${name}: a notification failed:`, message(error));
      }
    });
    next.on("error", (error) => {
      console.error(`[factdesk] ${name} lost its connection:`, message(error));
      schedule();
    });
    next.on("end", schedule);
    try {
      await next.connect();
      await next.query(channels.map((channel) => `LISTEN ${channel}`).join("; "));
    } catch (error) {
      console.error(`[factdesk] ${name} cannot connect:`, message(error));
      return schedule();
    }
    if (stopped || client !== next) return;
    delay = retryMs;
    const reconnected = connectedBefore;
    connectedBefore = true;
    try {
      await onConnect({ reconnected });
    } catch (error) {
      console.error(`[factdesk] ${name}: catching up failed:`, message(error));
    }
  }

  void connect();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    retry = null;
    drop(client);
    client = null;
  };
}
