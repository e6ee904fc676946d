// Several instances on one PostgreSQL database: each listens for the verdicts the others changed
// (NOTIFY on CHANNELS.revalidate, sent by lib/publishing/revalidate.ts) and revalidates its own cached
// pages through /api/internal/revalidate, with a token only this process knows.
import { CHANNELS, listen } from "../lib/pg-listen.mjs";

/** Ask this instance to revalidate (its internal route, with its token): `{ slug }` or `{ all: true }`. */
export async function revalidateHere({ port, hostname, token }, body) {
  const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;
  const response = await fetch(`http://${host}:${port}/api/internal/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-factdesk-internal": token },
    body: JSON.stringify(body),
    // Never waited on for good: the server's start waits on its first one (scripts/serve.mjs).
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
}

export function listenForRevalidations({ url, port, hostname, instanceId, token }) {
  const post = (body) => revalidateHere({ port, hostname, token }, body);
  const failed = (error) => console.error("[factdesk] revalidation failed:", error.message);

  return listen({
    url,
    channels: [CHANNELS.revalidate],
    name: "revalidation listener",
    onNotification(_channel, payload) {
      let event;
      try {
        event = JSON.parse(payload);
      } catch {
        return;
      }
      if (!event || typeof event.slug !== "string" || event.origin === instanceId) return;
      post({ slug: event.slug }).catch(failed);
    },
    // Announcements made while this instance was not listening are lost: refresh every public page.
    onConnect: ({ reconnected }) => (reconnected ? post({ all: true }).catch(failed) : undefined),
  });
}
