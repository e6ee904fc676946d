"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { PresentUser } from "@/lib/live/presence";
import { updatePresenceAction } from "../../actions";

type LiveState = "connecting" | "live" | "reconnecting" | "stopped" | "paused";
type Notice = { key: string; text: string; at: string };
type LiveContextValue = { setEditing: (editing: boolean) => void; changedBy: string | null };

const LiveContext = createContext<LiveContextValue | null>(null);

/** The open claim page's live connection, for the verdict form (null outside a live page). */
export function useLiveClaim() {
  return useContext(LiveContext);
}

const STATE_TEXT: Record<LiveState, string> = {
  connecting: "Connecting for live updates…",
  live: "Live: changes by others appear here as they happen.",
  reconnecting: "Live updates interrupted; reconnecting…",
  stopped: "Live updates stopped (your session may have ended). Reload the page to see changes.",
  // The server's own words replace this when it sends them (the per-person stream cap, lib/live/presence.ts).
  paused: "Live updates are paused: you have too many claim pages open. Close some of them, then reload this page.",
};

/** While paused, ask this often whether a stream would be let in again (a read, no stream)… */
const PAUSED_PROBE_MS = 60_000;
/** …this many times, then leave it to a reload. */
const PAUSED_PROBES = 10;

const checkUrl = (claimId: string) => `/api/live/claims/${encodeURIComponent(claimId)}?check=1`;

/**
 * Keeps an open claim page current: listens to /api/live/claims/:id (server-sent events), reloads
 * the page's data when someone else changes the claim, says who did what, and shows who else has
 * the claim open or is editing its verdict.
 */
/** `timeZone`: the desk's (FACTDESK_TIME_ZONE), in which a notice's time is written, as on the rest of the desk. */
export function LiveClaim({
  claimId,
  userId,
  after,
  timeZone,
  children,
}: {
  claimId: string;
  userId: string;
  after: number;
  timeZone: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [state, setState] = useState<LiveState>("connecting");
  const [people, setPeople] = useState<PresentUser[]>([]);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [changedBy, setChangedBy] = useState<string | null>(null);
  const [pausedText, setPausedText] = useState<string | null>(null);
  // A new value opens a new stream (after a pause, once the server would let it in).
  const [attempt, setAttempt] = useState(0);
  const connection = useRef<string | null>(null);
  // Read when the stream (re)connects; a refreshed page does not need a new stream.
  const afterRef = useRef(after);
  useEffect(() => {
    afterRef.current = after;
  }, [after]);
  const editing = useRef(false);

  useEffect(() => {
    // `after`: the number of the last change the page shows; the stream hands out every later one.
    const source = new EventSource(`/api/live/claims/${encodeURIComponent(claimId)}?after=${afterRef.current}`);
    let connectedBefore = false;
    source.addEventListener("hello", (event) => {
      const { connectionId } = JSON.parse((event as MessageEvent<string>).data) as { connectionId: string };
      connection.current = connectionId;
      setState("live");
      // Back after an interruption: what changed meanwhile was not heard. Reload the data.
      if (connectedBefore) router.refresh();
      connectedBefore = true;
      if (editing.current) void updatePresenceAction({ connectionId, editing: true }).catch(() => {});
    });
    source.addEventListener("presence", (event) => setPeople(JSON.parse((event as MessageEvent<string>).data) as PresentUser[]));
    source.addEventListener("change", (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as {
        seq: number;
        actorId: string | null;
        actorName: string;
        text: string;
        at: string;
        action: string;
      };
      // A page rendered after the change shows it already (this tab's form refreshed it, or an earlier
      // notice did): one more render of the whole claim would only be load, and a refresh that started
      // before this tab's next action could land after it.
      const shown = change.seq <= afterRef.current;
      // Our own change: this tab already refreshed through its form; another tab of ours catches up quietly.
      if (change.actorId === userId) return shown ? undefined : router.refresh();
      setNotices((list) => [{ key: `${change.at}-${change.action}-${list.length}`, text: change.text, at: change.at }, ...list].slice(0, 3));
      setChangedBy(change.actorName);
      if (!shown) router.refresh();
    });
    source.addEventListener("resync", () => router.refresh());
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) return setState("reconnecting");
      // A refused stream (401, 404, 429) is closed for good, and EventSource does not say why: ask the
      // route once, without opening a stream. Too many pages open is a pause, not an end.
      fetch(checkUrl(claimId), { cache: "no-store" })
        .then(async (answer) => {
          if (answer.status === 204) return setAttempt((n) => n + 1); // a page closed meanwhile
          if (answer.status !== 429) return setState("stopped");
          const body = (await answer.json().catch(() => null)) as { error?: string } | null;
          setPausedText(body?.error ?? null);
          setState("paused");
        })
        .catch(() => setState("stopped"));
    };
    return () => source.close();
  }, [claimId, userId, router, attempt]);

  // Paused: now and then (only while the tab is seen) ask whether a stream would be let in, and resume
  // when it would. Bounded, so a forgotten tab does not ask for ever.
  useEffect(() => {
    if (state !== "paused") return;
    let probes = 0;
    const timer = setInterval(() => {
      if (document.visibilityState !== "visible") return;
      if (++probes > PAUSED_PROBES) return clearInterval(timer);
      fetch(checkUrl(claimId), { cache: "no-store" })
        .then((answer) => {
          if (answer.status === 204) setAttempt((n) => n + 1);
        })
        .catch(() => {});
    }, PAUSED_PROBE_MS);
    return () => clearInterval(timer);
  }, [state, claimId]);

  const setEditing = useCallback((value: boolean) => {
    if (editing.current === value) return;
    editing.current = value;
    if (connection.current) void updatePresenceAction({ connectionId: connection.current, editing: value }).catch(() => {});
  }, []);
  const value = useMemo(() => ({ setEditing, changedBy }), [setEditing, changedBy]);
  const others = people.filter((p) => p.userId !== userId);

  return (
    <LiveContext.Provider value={value}>
      <div className="space-y-2 rounded border border-stone-200 bg-stone-50 px-3 py-2 text-sm" data-testid="live-bar">
        <p className="flex flex-wrap items-center gap-2">
          <span
            aria-hidden
            className={`inline-block h-2 w-2 rounded-full ${state === "live" ? "bg-green-600" : state === "stopped" ? "bg-red-600" : state === "paused" ? "bg-stone-400" : "bg-amber-500"}`}
          />
          <span data-testid="live-state">{state === "paused" ? (pausedText ?? STATE_TEXT.paused) : STATE_TEXT[state]}</span>
        </p>
        <p data-testid="presence">
          {others.length === 0
            ? "Nobody else has this claim open."
            : `Also here: ${others.map((p) => (p.editing ? `${p.name} (editing the verdict)` : p.name)).join(", ")}.`}
        </p>
        <div role="status" aria-live="polite" data-testid="live-notices">
          {notices.map((n) => (
            <p key={n.key} className="text-blue-900">
              {n.text} ·{" "}
              <time dateTime={n.at}>
                {new Date(n.at).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone, timeZoneName: "short" })}
              </time>
            </p>
          ))}
        </div>
      </div>
      {children}
    </LiveContext.Provider>
  );
}
