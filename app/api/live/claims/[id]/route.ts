import { getCurrentSessionId } from "@/lib/auth/session";
import { route } from "@/lib/http/route";
import { liveHub, type LiveEvent } from "@/lib/live/hub";
import { describeChange } from "@/lib/live/describe";
import { lastClaimSeq } from "@/lib/live/sequence";
import { checkJoin, displayName, HEARTBEAT_MS, joinClaim, leaveClaim, touchPresence } from "@/lib/live/presence";
import { actorForSession } from "@/lib/auth/sessions";

export const dynamic = "force-dynamic";

/** The headers of a stream. */
const STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: no compression, which would hold events back in a buffer.
  "Cache-Control": "private, no-cache, no-transform",
  "X-Accel-Buffering": "no",
};

/**
 * HEAD opens nothing: a stream's headers, or the refusal a stream would get. (Left to Next, a HEAD runs
 * GET and never reads its stream: the page's presence and heartbeat would stay until the session ends.)
 */
export const HEAD = route<{ id: string }>({ name: "live", actor: true, writesOnGet: true }, async ({ params: { id }, actor }) => {
  await checkJoin({ actor, claimId: id });
  return new Response(null, { headers: STREAM_HEADERS });
});

/**
 * GET /api/live/claims/:id — server-sent events for one open claim page: `hello` (this page's
 * connection id), `presence` (who else has it open, who edits the verdict), `change` (someone
 * changed the claim: the page reloads its data) and `resync` (changes may have been missed).
 * `?after=` is the number of the last change the page shows (the claim's changes are numbered,
 * lib/live/sequence.ts): it hears of every later one once, including those made before the stream
 * was listening (read from the audit log), or is told to reload. Without it, the page shows the
 * claim as it is now.
 * `?check=1` opens nothing: 204 when a stream would be let in, else the refusal a stream would get
 * (EventSource hides a refused stream's status, so the page asks this way why it was refused).
 */
export const GET = route<{ id: string }>({ name: "live", actor: true, writesOnGet: true }, async ({ request, params: { id }, actor }) => {
  const url = new URL(request.url);
  if (url.searchParams.has("check")) {
    await checkJoin({ actor, claimId: id });
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  }
  // Refusals (no session, no such claim, too many streams: 429) are thrown before the stream opens: the wrapper answers them.
  const { connectionId } = await joinClaim({ actor, claimId: id });
  // Joined: a failure before the stream opens (a database error) must not leave the page present, in one
  // of the person's MAX_STREAMS_PER_USER places, until the sweep.
  let shown: number;
  let sid: string | null;
  try {
    // A page cannot show a change not made yet: an `after` past the claim's last change would set where
    // the hub hands out changes for every page of the claim, and those up to it would reach no one.
    const last = await lastClaimSeq(id);
    const after = url.searchParams.get("after") ?? "";
    shown = /^\d{1,9}$/.test(after) ? Math.min(Number(after), last) : last;
    sid = await getCurrentSessionId();
  } catch (error) {
    await leaveClaim(connectionId).catch(() => {});
    throw error;
  }
  const encoder = new TextEncoder();
  const names = new Map<string, string>();
  let closed = false;
  let changes = Promise.resolve();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const nameOf = async (userId: string | null) => {
        if (!userId) return "The system";
        if (!names.has(userId)) names.set(userId, await displayName(userId));
        return names.get(userId)!;
      };
      const onEvent = (event: LiveEvent) => {
        // The hub read the list once for every page of the claim here (lib/live/hub.ts).
        if (event.type === "presence") return send("presence", event.people);
        if (event.type === "resync") return send("resync", {});
        const { change } = event;
        // In the order the hub handed them out, whichever name had to be read first.
        changes = changes
          .then(() => nameOf(change.actorId))
          .then((name) =>
            send("change", {
              seq: change.seq,
              actorId: change.actorId,
              actorName: name,
              action: change.action,
              text: `${name} ${describeChange(change.action)}`,
              at: change.at,
            }),
          )
          .catch((error) => console.error("[factdesk] live change failed:", error.message));
      };

      write("retry: 2000\n\n");
      send("hello", { connectionId, userId: actor!.id });
      const unsubscribe = liveHub.subscribe(id, shown, onEvent);
      const heartbeat = setInterval(() => {
        write(": ping\n\n");
        // A session ends at the next request, a stream at its next heartbeat (signed out, revoked or disabled meanwhile).
        actorForSession(sid)
          .then(async (still) => {
            if (!still) return cleanup();
            // Only this page's own row; the claim's list is re-read by the hub, once per instance.
            await touchPresence(connectionId);
          })
          .catch((error) => console.error("[factdesk] live heartbeat failed:", error.message));
      }, HEARTBEAT_MS);

      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        leaveClaim(connectionId).catch((error) => console.error("[factdesk] live leave failed:", error.message));
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      if (request.signal.aborted) cleanup();
      else request.signal.addEventListener("abort", () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, { headers: STREAM_HEADERS });
});
