import { db } from "../db";
import { databaseKind, resolveDatabaseUrl } from "../db-url";
import { listen } from "../pg-listen.mjs";
import { LIVE_CLAIM_CHANNEL, LIVE_PRESENCE_CHANNEL, type ClaimChange } from "./announce";
import { createCoalescer } from "./coalesce";
import { HEARTBEAT_MS, listPresence, sweepPresence, type PresentUser } from "./presence";

/**
 * Where live claim pages hear of changes. Every change of a claim writes an audit event with its
 * claim id (lib/audit/record.ts), in the change's transaction, so the audit log is the one signal:
 * - PostgreSQL: each change is NOTIFYed in its transaction (lib/live/announce.ts), delivered once it
 *   committed; this process LISTENs on one connection (lib/pg-listen.mjs), so changes made through any
 *   instance on the same database arrive here.
 * - SQLite: one file, one process; while someone has a claim open, the log and the presence rows of
 *   the claims open here are read once a second (two indexed queries, whatever the number of pages).
 *
 * Presence is the hub's, not each page's: a join, leave or edit only asks for the claim's list, and
 * the hub reads it once per PRESENCE_COALESCE_MS and hands the same list to every page of the claim
 * here. Reading it per page made each join cost one query per open page (300 pages of one claim
 * stalled the server for minutes, issue 13).
 */
export const POLL_MS = 1_000;
/** Presence requests for one claim within this window are one read of its list. */
export const PRESENCE_COALESCE_MS = 250;
/** How long the listener stays up after the last open page closed. */
const IDLE_MS = 60_000;
export type LiveEvent = { type: "change"; change: ClaimChange } | { type: "presence"; people: PresentUser[] } | { type: "resync" };
type Listener = (event: LiveEvent) => void;

class LiveHub {
  private listeners = new Map<string, Set<Listener>>();
  private subscribedAt = new Map<string, number>();
  private idle: NodeJS.Timeout | null = null;
  private stopSource: (() => void) | null = null;
  /** The list last handed to a claim's pages here, to send an unchanged list only to pages that have none yet. */
  private lastPresence = new Map<string, string>();
  private awaitingPresence = new Map<string, Set<Listener>>();
  private presence = createCoalescer<string>({
    windowMs: PRESENCE_COALESCE_MS,
    run: (claimId) => this.readPresence(claimId),
    onError: (_claimId, error) => console.error("[factdesk] live presence failed:", (error as Error).message),
  });

  subscribe(claimId: string, listener: Listener): () => void {
    if (this.idle) {
      clearTimeout(this.idle);
      this.idle = null;
    }
    let set = this.listeners.get(claimId);
    if (!set) {
      this.listeners.set(claimId, (set = new Set()));
      this.subscribedAt.set(claimId, Date.now());
      this.awaitingPresence.set(claimId, new Set());
    }
    set.add(listener);
    // The new page needs the list (with itself in it: its row was written before it subscribed).
    this.awaitingPresence.get(claimId)!.add(listener);
    this.presence.request(claimId);
    this.stopSource ??= startSources(this);
    return () => {
      set.delete(listener);
      this.awaitingPresence.get(claimId)?.delete(listener);
      if (set.size === 0 && this.listeners.get(claimId) === set) {
        this.listeners.delete(claimId);
        this.subscribedAt.delete(claimId);
        this.lastPresence.delete(claimId);
        this.awaitingPresence.delete(claimId);
        this.presence.cancel(claimId);
      }
      // Keep listening a while after the last page closed: the next page (often the next claim) opens
      // within seconds, and a listener that is already up misses nothing in between.
      if (this.listeners.size === 0 && !this.idle) {
        this.idle = setTimeout(() => {
          this.idle = null;
          if (this.listeners.size > 0) return;
          this.stopSource?.();
          this.stopSource = null;
        }, IDLE_MS);
        this.idle.unref?.();
      }
    };
  }

  /** Someone arrived, left or started editing (here or on another instance): re-read the claim's list soon, once. */
  refreshPresence(claimId: string) {
    if (this.listeners.has(claimId)) this.presence.request(claimId);
  }

  private async readPresence(claimId: string) {
    if (!this.listeners.has(claimId)) return;
    const people = await listPresence(claimId);
    const listeners = this.listeners.get(claimId);
    if (!listeners) return;
    const signature = JSON.stringify(people);
    const awaiting = this.awaitingPresence.get(claimId) ?? new Set<Listener>();
    // Unchanged (a heartbeat's re-read, a second echo of one join): only pages without a list get it.
    const targets = this.lastPresence.get(claimId) === signature ? [...awaiting] : [...listeners];
    this.lastPresence.set(claimId, signature);
    awaiting.clear();
    const event: LiveEvent = { type: "presence", people };
    for (const listener of targets) listener(event);
  }

  /** When the claim's first current listener subscribed (events before it are history, not news). */
  since(claimId: string) {
    return this.subscribedAt.get(claimId) ?? Infinity;
  }

  claimIds() {
    return [...this.listeners.keys()];
  }

  emit(claimId: string, event: LiveEvent) {
    for (const listener of this.listeners.get(claimId) ?? []) listener(event);
  }

  emitAll(event: LiveEvent) {
    for (const claimId of this.claimIds()) this.emit(claimId, event);
  }
}

/** The change source of this database, and the per-instance presence heartbeat. */
function startSources(hub: LiveHub): () => void {
  const stopChanges = databaseKind() === "postgres" ? listenToPostgres(hub) : pollSqlite(hub);
  // Once per heartbeat for the whole instance, not once per page: re-read every open claim's list (so
  // pages of an instance that died drop out of it after PRESENCE_WINDOW_MS) and sweep such rows.
  const heartbeat = setInterval(() => {
    for (const claimId of hub.claimIds()) hub.refreshPresence(claimId);
    sweepPresence().catch((error) => console.error("[factdesk] live sweep failed:", (error as Error).message));
  }, HEARTBEAT_MS);
  heartbeat.unref?.();
  return () => {
    clearInterval(heartbeat);
    stopChanges();
  };
}

function parsePayload(payload: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(payload);
    return value && typeof value === "object" ? value : null;
  } catch {
    return null;
  }
}

function listenToPostgres(hub: LiveHub): () => void {
  return listen({
    url: resolveDatabaseUrl(),
    channels: [LIVE_CLAIM_CHANNEL, LIVE_PRESENCE_CHANNEL],
    name: "live listener",
    onNotification(channel, payload) {
      const event = parsePayload(payload);
      if (!event || typeof event.claimId !== "string") return;
      if (channel === LIVE_PRESENCE_CHANNEL) return hub.refreshPresence(event.claimId);
      hub.emit(event.claimId, {
        type: "change",
        change: { claimId: event.claimId, actorId: typeof event.actorId === "string" ? event.actorId : null, action: String(event.action ?? ""), at: String(event.at ?? "") },
      });
    },
    onConnect({ reconnected }) {
      // Whatever was announced while we were not listening is lost: open pages reload their data.
      if (!reconnected) return;
      hub.emitAll({ type: "resync" });
      for (const claimId of hub.claimIds()) hub.refreshPresence(claimId);
    },
  });
}

/** How far back each poll looks again, for a write that was in flight (not yet committed) at the last one. */
const POLL_OVERLAP_MS = 3_000;

function pollSqlite(hub: LiveHub): () => void {
  const heard = new Map<string, number>(); // audit event id → its time, within the overlap
  const presenceSignature = new Map<string, string>();
  let running = false;

  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const claimIds = hub.claimIds();
      if (claimIds.length === 0) return;
      const since = Date.now() - POLL_OVERLAP_MS;
      const events = await db.auditEvent.findMany({
        where: { claimId: { in: claimIds }, createdAt: { gte: new Date(since) } },
        select: { id: true, claimId: true, actorId: true, action: true, createdAt: true },
        orderBy: { createdAt: "asc" },
        take: 500,
      });
      for (const [id, at] of heard) if (at < since) heard.delete(id);
      for (const event of events) {
        if (heard.has(event.id) || !event.claimId) continue;
        heard.set(event.id, event.createdAt.getTime());
        // Only what happened after the claim's first page here subscribed.
        if (event.createdAt.getTime() < hub.since(event.claimId)) continue;
        hub.emit(event.claimId, { type: "change", change: { claimId: event.claimId, actorId: event.actorId, action: event.action, at: event.createdAt.toISOString() } });
      }
      // Presence: who is here and who edits, per open claim; heartbeats alone do not count as a change.
      const rows = await db.claimPresence.findMany({ where: { claimId: { in: claimIds } }, select: { id: true, claimId: true, editing: true }, orderBy: { id: "asc" } });
      for (const claimId of claimIds) {
        const signature = rows.filter((r) => r.claimId === claimId).map((r) => `${r.id}:${r.editing}`).join(",");
        if (presenceSignature.get(claimId) !== signature) hub.refreshPresence(claimId);
        presenceSignature.set(claimId, signature);
      }
      for (const claimId of presenceSignature.keys()) if (!claimIds.includes(claimId)) presenceSignature.delete(claimId);
    } catch (error) {
      console.error("[factdesk] live poll failed:", (error as Error).message);
    } finally {
      running = false;
    }
  };

  const timer = setInterval(tick, POLL_MS);
  return () => clearInterval(timer);
}

const globalForHub = globalThis as unknown as { factdeskLiveHub?: LiveHub };

/** One hub per process (kept on globalThis so development reloads do not open a second listener). */
export const liveHub: LiveHub = (globalForHub.factdeskLiveHub ??= new LiveHub());
