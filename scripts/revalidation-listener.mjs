// Several instances on one PostgreSQL database: each listens for the verdicts the others changed
// (NOTIFY on the channel lib/publishing/revalidate.ts names) and revalidates its own cached pages
// through /api/internal/revalidate, with a token only this process knows.
import pg from "pg";

const CHANNEL = "factdesk_revalidate"; // = REVALIDATE_CHANNEL in lib/publishing/revalidate.ts

export function listenForRevalidations({ url, port, hostname, instanceId, token }) {
  const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  const target = `http://${host}:${port}/api/internal/revalidate`;
  let client = null;
  let retry = null;
  let connectedBefore = false;

  const post = async (body) => {
    const response = await fetch(target, { method: "POST", headers: { "content-type": "application/json", "x-factdesk-internal": token }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
  };

  const drop = (old) => {
    if (!old) return;
    old.removeAllListeners();
    old.on("error", () => {}); // an error while closing must not become an unhandled 'error' event
    old.end().catch(() => {});
  };

  const schedule = () => {
    if (retry) return;
    drop(client);
    client = null;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error) => console.error("[factdesk] revalidation listener failed:", error.message));
    }, 1000);
  };

  async function connect() {
    const next = new pg.Client({ connectionString: url });
    client = next;
    next.on("notification", (message) => {
      let event;
      try {
        event = JSON.parse(message.payload ?? "");
      } catch {
        return;
      }
      if (!event || typeof event.slug !== "string" || event.origin === instanceId) return;
      post({ slug: event.slug }).catch((error) => console.error("[factdesk] revalidation failed:", error.message));
    });
    next.on("error", (error) => {
      console.error("[factdesk] revalidation listener lost its connection:", error.message);
      schedule();
    });
    next.on("end", schedule);
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      // Announcements made while this instance was not listening are lost: refresh every public page.
      if (connectedBefore) await post({ all: true }).catch((error) => console.error("[factdesk] revalidation failed:", error.message));
      connectedBefore = true;
    } catch (error) {
      console.error("[factdesk] revalidation listener cannot connect:", error.message);
      schedule();
    }
  }

  connect().catch((error) => console.error("[factdesk] revalidation listener failed:", error.message));
  return () => {
    clearTimeout(retry);
    drop(client);
    client = null;
  };
}
