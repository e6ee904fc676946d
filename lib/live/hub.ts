import { randomUUID } from "node:crypto";
import { db } from "../db";
import { databaseKind, resolveDatabaseUrl } from "../db-url";
import { listen } from "../pg-listen.mjs";
import { LIVE_CLAIM_CHANNEL, LIVE_PRESENCE_CHANNEL, type ClaimChange } from "./announce";
import { createCoalescer } from "./coalesce";
import { changesAfter, CHANGES_PER_READ } from "./sequence";
import { HEARTBEAT_MS, listPresence, sweepPresence, type PresentUser } from "./presence";

/**
 * Where live claim pages hear of changes. Every change of a claim writes an audit event with its
 * claim id and the claim's next event number (lib/audit/record.ts, lib/live/sequence.ts), in the
 * change's transaction, so the audit log is the one record; the hub keeps, per claim open here, the
 * number of the last change it handed out, and catches up by "after that number":
 * - PostgreSQL: each change is NOTIFYed in its transaction (lib/live/announce.ts), delivered once it
 *   committed; this process LISTENs on one connection (lib/pg-listen.mjs), so changes made through any
 *   instance on the same database arrive here. After (re)connecting, and whenever a page opens or a
 *   number arrives out of turn, it reads what it missed from the log.
 * - SQLite: one file, one process; while someone has a claim open, the log and the presence rows of
 *   the claims open here are read once a second (two indexed queries, whatever the number of pages).
 *
 * A page says which change it shows (`after`, the claim's last number when it was rendered): it is
 * handed only later ones, and told to reload (`resync`) if changes it does not show were handed out
 * here before it subscribed.
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
  /** Per claim open here: each page's listener and the number of the last change it shows. */
  private listeners = new Map<string, Map<Listener, { seen: number }>>();
  /** Per claim open here: the number of the last change handed to its pages. */
  private delivered = new Map<string, number>();
  private idle: NodeJS.Timeout | null = null;
  private stopSource: (() => void) | null = null;
  /** Claims to read the changes of, and the read under way (one at a time). */
  private toRead = new Set<string>();
  private reading: Promise<void> | null = null;
  /** The list last handed to a claim's pages here, to send an unchanged list only to pages that have none yet. */
  private lastPresence = new Map<string, string>();
  private awaitingPresence = new Map<string, Set<Listener>>();
  private presence = createCoalescer<string>({
    windowMs: PRESENCE_COALESCE_MS,
    run: (claimId) => this.readPresence(claimId),
    onError: (_claimId, error) => console.error("[factdesk] live presence failed:", (error as Error).message),
  });
  /** Barriers waiting for the change source to have handled everything announced before them (see `settled`). */
  barrier: (() => Promise<void>) | null = null;

  /** `after`: the number of the claim's last change the page shows. */
  subscribe(claimId: string, after: number, listener: Listener): () => void {
    if (this.idle) {
      clearTimeout(this.idle);
      this.idle = null;
    }
    let pages = this.listeners.get(claimId);
    if (!pages) {
      this.listeners.set(claimId, (pages = new Map()));
      this.delivered.set(claimId, after);
      this.awaitingPresence.set(claimId, new Set());
    }
    const delivered = this.delivered.get(claimId)!;
    pages.set(listener, { seen: Math.max(after, delivered) });
    // Changes the page does not show were handed out here before it came: it reloads.
    if (after < delivered) listener({ type: "resync" });
    // The new page needs the list (with itself in it: its row was written before it subscribed).
    this.awaitingPresence.get(claimId)!.add(listener);
    this.presence.request(claimId);
    this.stopSource ??= startSources(this);
    // Changes committed between the page's render and now.
    void this.catchUp([claimId]);
    return () => {
      pages.delete(listener);
      this.awaitingPresence.get(claimId)?.delete(listener);
      if (pages.size === 0 && this.listeners.get(claimId) === pages) {
        this.listeners.delete(claimId);
        this.delivered.delete(claimId);
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
          this.barrier = null;
        }, IDLE_MS);
        this.idle.unref?.();
      }
    };
  }

  /**
   * A change heard of (`announced`: a NOTIFY) or read from the log. Each claim's changes are handed out
   * in their order, each once; an announced number out of turn (one before it was missed) makes the hub
   * read the log instead. Read changes are committed and without gaps: taken as they are.
   */
  deliver(change: ClaimChange, announced: boolean) {
    const last = this.delivered.get(change.claimId);
    if (last === undefined || change.seq <= last) return; // not open here, or handed out already
    if (announced && change.seq !== last + 1) return void this.catchUp([change.claimId]);
    this.delivered.set(change.claimId, change.seq);
    for (const [listener, page] of this.listeners.get(change.claimId) ?? []) {
      if (change.seq <= page.seen) continue; // the page was rendered after this change
      page.seen = change.seq;
      listener({ type: "change", change });
    }
  }

  /** Read and hand out the changes after the last handed-out number of these claims (all open ones by default). */
  catchUp(claimIds: Iterable<string> = this.listeners.keys()): Promise<void> {
    for (const claimId of claimIds) this.toRead.add(claimId);
    // (`finally` runs after the assignment, even when there is nothing to read.)
    this.reading ??= this.read().finally(() => (this.reading = null));
    return this.reading;
  }

  private async read() {
    try {
      while (this.toRead.size > 0) {
        const after = new Map<string, number>();
        for (const claimId of this.toRead) if (this.delivered.has(claimId)) after.set(claimId, this.delivered.get(claimId)!);
        this.toRead.clear();
        const changes = await changesAfter(after);
        for (const change of changes) this.deliver(change, false);
        // A full read may have left later changes of its claims for the next one.
        if (changes.length === CHANGES_PER_READ) for (const change of changes) this.toRead.add(change.claimId);
      }
    } catch (error) {
      console.error("[factdesk] live catch-up failed:", (error as Error).message);
      this.toRead.clear();
    }
  }

  /**
   * Resolves once every change and presence announcement made before the call was heard and handled
   * here, and the presence reads it caused are done (for tests, which wait on it instead of sleeping).
   */
  async settled() {
    await this.barrier?.();
    await this.reading;
    for (;;) {
      const busy = [...this.listeners.keys()].filter((claimId) => this.presence.busy(claimId));
      if (busy.length === 0 && !this.reading) return;
      await new Promise((resolve) => setTimeout(resolve, PRESENCE_COALESCE_MS / 5));
    }
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
    const targets = this.lastPresence.get(claimId) === signature ? [...awaiting] : [...listeners.keys()];
    this.lastPresence.set(claimId, signature);
    awaiting.clear();
    const event: LiveEvent = { type: "presence", people };
    for (const listener of targets) listener(event);
  }

  claimIds() {
    return [...this.listeners.keys()];
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
  // Barriers (hub.settled): a probe announced on the presence channel arrives after everything announced before it.
  const probes = new Map<string, () => void>();
  let connected!: () => void;
  const listening = new Promise<void>((resolve) => (connected = resolve));
  hub.barrier = async () => {
    await listening;
    const probe = randomUUID();
    const heard = new Promise<void>((resolve) => probes.set(probe, resolve));
    await db.$executeRawUnsafe(`SELECT pg_notify($1, $2)`, LIVE_PRESENCE_CHANNEL, JSON.stringify({ probe }));
    await heard;
  };
  return listen({
    url: resolveDatabaseUrl(),
    channels: [LIVE_CLAIM_CHANNEL, LIVE_PRESENCE_CHANNEL],
    name: "live listener",
    onNotification(channel, payload) {
      const event = parsePayload(payload);
      if (typeof event?.probe === "string") {
        probes.get(event.probe)?.();
        probes.delete(event.probe);
        return;
      }
      if (!event || typeof event.claimId !== "string") return;
      if (channel === LIVE_PRESENCE_CHANNEL) return hub.refreshPresence(event.claimId);
      if (typeof event.seq !== "number") return;
      const change = {
        claimId: event.claimId,
        seq: event.seq,
        actorId: typeof event.actorId === "string" ? event.actorId : null,
        action: String(event.action ?? ""),
        at: String(event.at ?? ""),
      };
      hub.deliver(change, true);
    },
    async onConnect({ reconnected }) {
      // What was announced while nobody here listened (before the first LISTEN, or while the connection
      // was down) is read from the log: each open claim's changes after the last one handed out.
      if (reconnected) for (const claimId of hub.claimIds()) hub.refreshPresence(claimId);
      await hub.catchUp();
      connected();
    },
  });
}

function pollSqlite(hub: LiveHub): () => void {
  const presenceSignature = new Map<string, string>();
  let running = false;
  // Barriers (hub.settled) waiting for a whole poll that started after they were set.
  const waiting: (() => void)[] = [];
  hub.barrier = () => new Promise<void>((resolve) => waiting.push(resolve));

  const tick = async () => {
    if (running) return;
    running = true;
    const due = waiting.splice(0);
    try {
      const claimIds = hub.claimIds();
      if (claimIds.length === 0) return;
      await hub.catchUp(claimIds);
      // Presence: who is here and who edits, per open claim; heartbeats alone do not count as a change.
      const rows = await db.claimPresence.findMany({
        where: { claimId: { in: claimIds } },
        select: { id: true, claimId: true, editing: true },
        orderBy: { id: "asc" },
      });
      for (const claimId of claimIds) {
        const signature = rows
          .filter((r) => r.claimId === claimId)
          .map((r) => `${r.id}:${r.editing}`)
          .join(",");
        if (presenceSignature.get(claimId) !== signature) hub.refreshPresence(claimId);
        presenceSignature.set(claimId, signature);
      }
      for (const claimId of presenceSignature.keys()) if (!claimIds.includes(claimId)) presenceSignature.delete(claimId);
    } catch (error) {
      console.error("[factdesk] live poll failed:", (error as Error).message);
    } finally {
      running = false;
      for (const resolve of due) resolve();
    }
  };

  const timer = setInterval(tick, POLL_MS);
  return () => {
    clearInterval(timer);
    for (const resolve of waiting.splice(0)) resolve();
  };
}

const globalForHub = globalThis as unknown as { factdeskLiveHub?: LiveHub };

/** One hub per process (kept on globalThis so development reloads do not open a second listener). */
export const liveHub: LiveHub = (globalForHub.factdeskLiveHub ??= new LiveHub());
