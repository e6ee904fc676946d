import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null, sid: null as string | null, sidError: null as Error | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  getCurrentSessionId: async () => {
    if (session.sidError) throw session.sidError;
    return session.sid;
  },
}));
// Every read of a claim's presence list, whoever makes it (the hub or a stream), is counted here.
const presenceReads = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/live/presence", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/live/presence")>();
  return { ...real, listPresence: (...args: Parameters<typeof real.listPresence>) => (presenceReads.count++, real.listPresence(...args)) };
});

import { GET as liveRoute, HEAD as liveHead } from "@/app/api/live/claims/[id]/route";
import * as actions from "@/app/(desk)/desk/actions";
import { db } from "@/lib/db";
import { addComment } from "@/lib/claims/mutations";
import { recordAudit } from "@/lib/audit/record";
import { announcePresence } from "@/lib/live/announce";
import { liveHub } from "@/lib/live/hub";
import { lastClaimSeq } from "@/lib/live/sequence";
import { databaseKind } from "@/lib/db-url";
import { addSource } from "@/lib/sources/mutations";
import { joinClaim, listPresence, MAX_STREAMS_PER_USER, PRESENCE_WINDOW_MS, setEditing, TOO_MANY_STREAMS_MESSAGE } from "@/lib/live/presence";
import { makeClaim, makeUser, step } from "../support/factories";

type Frame = { event: string; data: unknown };
type Change = { seq: number; action: string };

/** Open the events stream of a claim as the session's user (`after`: the number of the last change its page shows); read frames as they come. */
function open(claimId: string, after?: number) {
  const controller = new AbortController();
  const query = after === undefined ? "" : `?after=${after}`;
  const response = liveRoute(new Request(`http://localhost/api/live/claims/${claimId}${query}`, { signal: controller.signal }), {
    params: Promise.resolve({ id: claimId }),
  });
  const frames: Frame[] = [];
  let buffer = "";
  const reading = response.then(async (r) => {
    if (r.status !== 200 || !r.body) return;
    const reader = r.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) frames.push({ event, data: JSON.parse(data) });
      }
    }
  });
  // Each event type is read in order: `next` finds the first matching frame after the last one it returned.
  const cursors = new Map<string, number>();
  const next = async (event: string, where: (data: never) => boolean = () => true, timeout = 5_000) => {
    const from = cursors.get(event) ?? 0;
    const find = () => frames.findIndex((f, i) => i >= from && f.event === event && where(f.data as never));
    await vi.waitFor(() => expect(find()).toBeGreaterThanOrEqual(0), { timeout, interval: 50 });
    const index = find();
    cursors.set(event, index + 1);
    return frames[index].data;
  };
  const close = async () => {
    controller.abort();
    await reading;
  };
  return { response, frames, next, close };
}

const changes = (page: { frames: Frame[] }) => page.frames.filter((f) => f.event === "change").map((f) => f.data as Change);

const streams: { close: () => Promise<void> }[] = [];
beforeEach(() => {
  session.actor = null;
  session.sidError = null;
});
afterEach(async () => {
  await Promise.all(streams.splice(0).map((s) => s.close()));
});

describe("live claim pages (server-sent events)", () => {
  it("refuse a visitor without a session (401), and a claim that does not exist (404), writing nothing", async () => {
    const owner = await makeUser("REVIEWER");
    const claim = await makeClaim(owner);
    const before = await db.claimPresence.count();
    expect((await open(claim.id).response).status).toBe(401);
    session.actor = owner;
    const missing = await open("no-such-claim").response;
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ ok: false, code: "NOT_FOUND", error: "That claim does not exist or is no longer available." });
    expect((await open("bad\u0000id").response).status).toBe(404);
    expect(await db.claimPresence.count()).toBe(before);
  });

  it("leave no presence behind when the stream fails to open after joining (a database error)", async () => {
    const owner = await makeUser("REVIEWER");
    const claim = await makeClaim(owner);
    session.actor = owner;
    session.sidError = new Error("the database went away");
    const failed = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect((await open(claim.id).response).status).toBe(500);
    } finally {
      failed.mockRestore();
    }
    expect(await db.claimPresence.count({ where: { claimId: claim.id } })).toBe(0);
    // The place is free again: a stream opens.
    session.sidError = null;
    const page = open(claim.id);
    streams.push(page);
    expect((await page.response).status).toBe(200);
    expect(await db.claimPresence.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("answer HEAD with a stream's headers or its refusal, opening nothing and writing nothing", async () => {
    const owner = await makeUser("REVIEWER");
    const claim = await makeClaim(owner);
    const head = (id: string) => liveHead(new Request(`http://localhost/api/live/claims/${id}`, { method: "HEAD" }), { params: Promise.resolve({ id }) });
    const before = await db.claimPresence.count();
    expect((await head(claim.id)).status).toBe(401);
    session.actor = owner;
    expect((await head("no-such-claim")).status).toBe(404);
    const answer = await head(claim.id);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(answer.body).toBeNull();
    expect(await db.claimPresence.count()).toBe(before);
  });

  it("greet the page, say who else is here, and forget the page when it closes", async () => {
    const rita = await makeUser("REVIEWER", "Rita Live");
    const eli = await makeUser("EDITOR", "Eli Live");
    const claim = await makeClaim(rita);

    session.actor = rita;
    const ritaPage = open(claim.id);
    streams.push(ritaPage);
    const response = await ritaPage.response;
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const hello = (await ritaPage.next("hello")) as { connectionId: string; userId: string };
    expect(hello.userId).toBe(rita.id);
    expect(await ritaPage.next("presence")).toEqual([{ userId: rita.id, name: "Rita Live", editing: false }]);

    session.actor = eli;
    const eliPage = open(claim.id);
    await eliPage.next("hello");
    // Rita hears that Eli arrived…
    await ritaPage.next("presence", (people: { userId: string }[]) => people.some((p) => p.userId === eli.id));
    // …and that he started editing the verdict (through the action, on his own page only).
    const eliHello = eliPage.frames.find((f) => f.event === "hello")!.data as { connectionId: string };
    expect(await actions.updatePresenceAction({ connectionId: eliHello.connectionId, editing: true })).toEqual({ ok: true, data: { editing: true } });
    await ritaPage.next("presence", (people: { userId: string; editing: boolean }[]) => people.some((p) => p.userId === eli.id && p.editing));

    await eliPage.close();
    await ritaPage.next("presence", (people: { userId: string }[]) => people.length === 1 && people[0].userId === rita.id);
    expect(await db.claimPresence.count({ where: { claimId: claim.id, userId: eli.id } })).toBe(0);
  });

  it("tell an open page who changed the claim and how, committed changes only", async () => {
    const rita = await makeUser("REVIEWER", "Rita Watcher");
    const eli = await makeUser("EDITOR", "Eli Changer");
    const claim = await makeClaim(rita);
    session.actor = rita;
    const page = open(claim.id);
    streams.push(page);
    await page.next("hello");

    await step(eli, claim.id, "triage");
    expect(await page.next("change", (c: { action: string }) => c.action === "claim.triage")).toMatchObject({
      actorId: eli.id,
      actorName: "Eli Changer",
      text: "Eli Changer changed the status: “Start research”",
    });
    await addSource({ actor: eli, input: { claimId: claim.id, url: "https://stats.example/live", title: "Live source" } });
    await page.next("change", (c: { action: string }) => c.action === "source.add");
    await addComment({ actor: eli, input: { claimId: claim.id, body: "Have a look at the new source." } });
    expect(await page.next("change", (c: { action: string }) => c.action === "comment.add")).toMatchObject({ text: "Eli Changer commented" });

    // A change that was rolled back is never announced.
    await db
      .$transaction(async (tx) => {
        await recordAudit(tx, { actorId: eli.id, action: "verdict.update", entityType: "Verdict", entityId: "x", claimId: claim.id });
        throw new Error("rolled back");
      })
      .catch(() => {});
    await addComment({ actor: eli, input: { claimId: claim.id, body: "After the rollback." } });
    await page.next("change", (c: { action: string; at: string }) => c.action === "comment.add" && page.frames.filter((f) => f.event === "change").length >= 4);
    expect(changes(page).map((c) => c.action)).toEqual(["claim.triage", "source.add", "comment.add", "comment.add"]);
    // Numbered without gaps: the rolled-back change took no number.
    const [first] = changes(page);
    expect(changes(page).map((c) => c.seq)).toEqual([first.seq, first.seq + 1, first.seq + 2, first.seq + 3]);
  });

  it("hand a page the changes made after it was rendered, before its stream listened, each once; or tell it to reload", async () => {
    const rita = await makeUser("REVIEWER");
    const eli = await makeUser("EDITOR");
    const claim = await makeClaim(rita);
    const shown = await lastClaimSeq(claim.id); // what a page rendered now shows
    // Two changes land between the render and the stream.
    await addComment({ actor: eli, input: { claimId: claim.id, body: "Written while the page loaded." } });
    await addComment({ actor: eli, input: { claimId: claim.id, body: "And another." } });
    session.actor = rita;
    const first = open(claim.id, shown);
    streams.push(first);
    expect(await first.next("change")).toMatchObject({ seq: shown + 1, action: "comment.add" });
    expect(await first.next("change")).toMatchObject({ seq: shown + 2, action: "comment.add" });
    // A page rendered after them is handed nothing old; one rendered before them, opened once they were
    // handed out here, is told to reload.
    const current = open(claim.id, shown + 2);
    const late = open(claim.id, shown);
    streams.push(current, late);
    await late.next("resync");
    await current.next("presence");
    await addComment({ actor: eli, input: { claimId: claim.id, body: "The third." } });
    for (const page of [first, current, late]) await page.next("change", (c: Change) => c.seq === shown + 3);
    expect(changes(first).map((c) => c.seq)).toEqual([shown + 1, shown + 2, shown + 3]);
    expect(changes(current).map((c) => c.seq)).toEqual([shown + 3]);
    expect(changes(late).map((c) => c.seq)).toEqual([shown + 3]);
    expect([first, current].map((page) => page.frames.some((f) => f.event === "resync"))).toEqual([false, false]);
  });

  it("do not let one page's `after` past the claim's last change silence the claim's other pages", async () => {
    const rita = await makeUser("REVIEWER");
    const eli = await makeUser("EDITOR");
    const claim = await makeClaim(rita);
    const shown = await lastClaimSeq(claim.id);
    // The first page of the claim on this instance claims to show a change far ahead (attacker review, 7 Dec).
    session.actor = eli;
    const forged = open(claim.id, 999_999_999);
    streams.push(forged);
    await forged.next("hello");
    session.actor = rita;
    const honest = open(claim.id, shown);
    streams.push(honest);
    await honest.next("presence");
    await addComment({ actor: eli, input: { claimId: claim.id, body: "Heard by every page." } });
    for (const page of [honest, forged]) expect(await page.next("change")).toMatchObject({ seq: shown + 1, action: "comment.add" });
    expect(honest.frames.some((f) => f.event === "resync")).toBe(false);
  });

  it("hand out changes written at once, while an earlier one was still uncommitted, each once and in order", async () => {
    const rita = await makeUser("REVIEWER");
    const eli = await makeUser("EDITOR");
    const claim = await makeClaim(rita);
    session.actor = rita;
    const page = open(claim.id);
    streams.push(page);
    await page.next("hello");
    const shown = await lastClaimSeq(claim.id);

    // One transaction writes a change of the claim and stays open while five more are written at once.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    const slow = db.$transaction(
      async (tx) => {
        await recordAudit(tx, { actorId: eli.id, action: "comment.add", entityType: "Comment", entityId: "held", claimId: claim.id });
        wrote();
        await held;
      },
      { timeout: 20_000 },
    );
    await written;
    const quick = Promise.all(Array.from({ length: 5 }, (_, i) => addComment({ actor: eli, input: { claimId: claim.id, body: `At once ${i}.` } })));
    // On PostgreSQL the five wait for the claim's number (lib/live/sequence.ts); SQLite has one writer at a time anyway.
    if (databaseKind() === "postgres") {
      await vi.waitFor(
        async () =>
          expect(
            await db.$queryRawUnsafe<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
            ),
          ).toEqual([{ n: 5 }]),
        { timeout: 10_000 },
      );
    }
    release();
    await Promise.all([slow, quick]);

    await page.next("change", (c: Change) => c.seq === shown + 6);
    expect(changes(page).map((c) => c.seq)).toEqual([1, 2, 3, 4, 5, 6].map((n) => shown + n));
    const numbers = await db.auditEvent.findMany({
      where: { claimId: claim.id, claimSeq: { gt: shown } },
      select: { claimSeq: true },
      orderBy: { claimSeq: "asc" },
    });
    expect(numbers.map((e) => e.claimSeq)).toEqual([1, 2, 3, 4, 5, 6].map((n) => shown + n));
  });

  it.skipIf(databaseKind() !== "postgres")("read what was announced while the listening connection was down, each change once (PostgreSQL)", async () => {
    const rita = await makeUser("REVIEWER");
    const eli = await makeUser("EDITOR");
    const claim = await makeClaim(rita);
    session.actor = rita;
    const page = open(claim.id);
    streams.push(page);
    await page.next("hello");
    const shown = await lastClaimSeq(claim.id);
    const lost = vi.spyOn(console, "error").mockImplementation(() => {});
    await db.$queryRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'live listener' AND datname = current_database()`,
    );
    await addComment({ actor: eli, input: { claimId: claim.id, body: "While nobody listened." } });
    await addComment({ actor: eli, input: { claimId: claim.id, body: "Still." } });
    await page.next("change", (c: Change) => c.seq === shown + 2);
    await addComment({ actor: eli, input: { claimId: claim.id, body: "Listening again." } });
    await page.next("change", (c: Change) => c.seq === shown + 3);
    expect(changes(page).map((c) => c.seq)).toEqual([shown + 1, shown + 2, shown + 3]);
    lost.mockRestore();
  });

  it("hear nothing of other claims", async () => {
    const rita = await makeUser("REVIEWER");
    const watched = await makeClaim(rita);
    const other = await makeClaim(rita);
    session.actor = rita;
    const page = open(watched.id);
    streams.push(page);
    await page.next("hello");
    await addComment({ actor: await makeUser("EDITOR"), input: { claimId: other.id, body: "Elsewhere." } });
    await addComment({ actor: await makeUser("EDITOR"), input: { claimId: watched.id, body: "Here." } });
    await page.next("change");
    expect(page.frames.filter((f) => f.event === "change")).toHaveLength(1);
  });
});

describe("presence rules", () => {
  it("let only the page's own user mark it as editing; another person's page is not found", async () => {
    const rita = await makeUser("REVIEWER");
    const ravi = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    const { connectionId } = await joinClaim({ actor: rita, claimId: claim.id });
    await expect(setEditing({ actor: ravi, input: { connectionId, editing: true } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setEditing({ actor: null, input: { connectionId, editing: true } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(setEditing({ actor: rita, input: { connectionId: "not-a-uuid", editing: true } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { connectionId: ["That live connection is not known."] },
    });
    await expect(setEditing({ actor: rita, input: { connectionId, editing: "yes" as never } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await db.claimPresence.findUniqueOrThrow({ where: { id: connectionId } })).editing).toBe(false);
    await setEditing({ actor: rita, input: { connectionId, editing: true } });
    expect(await listPresence(claim.id)).toEqual([{ userId: rita.id, name: rita.name, editing: true }]);
  });

  it("count a person once across pages, editing if any page edits, and drop pages without a heartbeat", async () => {
    const rita = await makeUser("REVIEWER", "Rita Two Tabs");
    const claim = await makeClaim(rita);
    const first = await joinClaim({ actor: rita, claimId: claim.id });
    const second = await joinClaim({ actor: rita, claimId: claim.id });
    await setEditing({ actor: rita, input: { connectionId: second.connectionId, editing: true } });
    expect(await listPresence(claim.id)).toEqual([{ userId: rita.id, name: "Rita Two Tabs", editing: true }]);
    const later = new Date(Date.now() + PRESENCE_WINDOW_MS + 1_000);
    expect(await listPresence(claim.id, later)).toEqual([]);
    expect(first.connectionId).not.toBe(second.connectionId);
  });
});

type People = { userId: string }[];

describe("live updates at scale", () => {
  /** Open n pages of one claim (one person each), let them settle, then count the presence reads one more join causes. */
  async function presenceReadsPerJoin(n: number) {
    const claim = await makeClaim(await makeUser("REVIEWER"));
    const people = await Promise.all(Array.from({ length: n + 1 }, (_, i) => makeUser("REVIEWER", `Scale ${n} ${String(i).padStart(2, "0")}`)));
    const pages: ReturnType<typeof open>[] = [];
    for (const person of people.slice(0, n)) {
      session.actor = person;
      const page = open(claim.id);
      streams.push(page);
      pages.push(page);
      await page.next("hello");
    }
    await Promise.all(pages.map((p) => p.next("presence", (list: People) => list.length === n, 20_000)));
    await liveHub.settled(); // past the echoes of the last join (the SQLite poll, or the NOTIFY)
    presenceReads.count = 0;
    session.actor = people[n];
    const late = open(claim.id);
    streams.push(late);
    await late.next("hello");
    await Promise.all([...pages, late].map((p) => p.next("presence", (list: People) => list.length === n + 1, 20_000)));
    await liveHub.settled();
    return presenceReads.count;
  }

  it("read presence a bounded number of times per join, however many pages are open (5 or 50)", { timeout: 120_000 }, async () => {
    const five = await presenceReadsPerJoin(5);
    await Promise.all(streams.splice(0).map((s) => s.close()));
    const fifty = await presenceReadsPerJoin(50);
    console.info(`[live] presence reads per join: ${five} with 5 pages open, ${fifty} with 50`);
    expect(five).toBeLessThanOrEqual(3);
    expect(fifty).toBeLessThanOrEqual(3);
  });

  it("refuse a person's stream beyond the cap (429, before it opens), let others in, and let one in again when a page closes", async () => {
    const rita = await makeUser("REVIEWER");
    const ravi = await makeUser("REVIEWER");
    const [one, two] = [await makeClaim(rita), await makeClaim(rita)];
    session.actor = rita;
    const pages: ReturnType<typeof open>[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i++) {
      const page = open(i % 2 ? one.id : two.id);
      streams.push(page);
      pages.push(page);
      expect((await page.response).status).toBe(200);
    }
    // The cap is per person across claims; the refusal is a JSON answer, not a stream, and writes nothing.
    const refused = await open(one.id).response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("application/json");
    expect(await refused.json()).toEqual({ ok: false, code: "RATE_LIMITED", error: TOO_MANY_STREAMS_MESSAGE });
    expect(await db.claimPresence.count({ where: { userId: rita.id } })).toBe(MAX_STREAMS_PER_USER);
    // A GET that writes: from a sibling site (an <img> there, say) it opens nothing and writes nothing.
    const sibling = await liveRoute(
      new Request(`http://localhost/api/live/claims/${one.id}`, { headers: { "sec-fetch-site": "same-site", "sec-fetch-dest": "image" } }),
      {
        params: Promise.resolve({ id: one.id }),
      },
    );
    expect(sibling.status).toBe(403);
    expect(await db.claimPresence.count({ where: { userId: rita.id } })).toBe(MAX_STREAMS_PER_USER);
    // The page asks why its stream was refused without opening one.
    const check = await liveRoute(new Request(`http://localhost/api/live/claims/${one.id}?check=1`), { params: Promise.resolve({ id: one.id }) });
    expect(check.status).toBe(429);
    expect(await db.claimPresence.count({ where: { userId: rita.id } })).toBe(MAX_STREAMS_PER_USER);

    session.actor = ravi;
    const raviPage = open(one.id);
    streams.push(raviPage);
    expect((await raviPage.response).status).toBe(200);

    await pages[0].close();
    await vi.waitFor(async () => expect(await db.claimPresence.count({ where: { userId: rita.id } })).toBe(MAX_STREAMS_PER_USER - 1));
    session.actor = rita;
    expect((await liveRoute(new Request(`http://localhost/api/live/claims/${one.id}?check=1`), { params: Promise.resolve({ id: one.id }) })).status).toBe(204);
    const again = open(one.id);
    streams.push(again);
    expect((await again.response).status).toBe(200);
  });

  it("count the pages a person has open on other instances (fresh presence rows), not those of an instance that died", async () => {
    const rita = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    const elsewhere = Array.from({ length: MAX_STREAMS_PER_USER }, () => ({ id: randomUUID(), claimId: claim.id, userId: rita.id }));
    await db.claimPresence.createMany({ data: elsewhere });
    session.actor = rita;
    expect((await open(claim.id).response).status).toBe(429);
    // Rows without a heartbeat for longer than the presence window are pages nobody has open any more.
    await db.claimPresence.updateMany({ where: { userId: rita.id }, data: { seenAt: new Date(Date.now() - PRESENCE_WINDOW_MS - 1_000) } });
    const page = open(claim.id);
    streams.push(page);
    expect((await page.response).status).toBe(200);
  });

  it("hear of a person who opened the claim through another instance (a row and its announcement, no stream here)", async () => {
    const rita = await makeUser("REVIEWER");
    const remote = await makeUser("EDITOR", "Eli Elsewhere");
    const claim = await makeClaim(rita);
    session.actor = rita;
    const page = open(claim.id);
    streams.push(page);
    await page.next("presence");
    // What joinClaim does on the other instance: its row, then NOTIFY on PostgreSQL (the SQLite poll reads the row).
    await db.claimPresence.create({ data: { id: randomUUID(), claimId: claim.id, userId: remote.id } });
    await announcePresence(db, claim.id);
    expect(await page.next("presence", (people: People) => people.some((p) => p.userId === remote.id))).toHaveLength(2);
  });

  it("refuse parallel joins beyond the cap too (no two joins both slip under it)", async () => {
    const rita = await makeUser("REVIEWER");
    const claim = await makeClaim(rita);
    const results = await Promise.allSettled(Array.from({ length: MAX_STREAMS_PER_USER + 8 }, () => joinClaim({ actor: rita, claimId: claim.id })));
    expect(results.filter((r) => r.status === "fulfilled").length).toBeLessThanOrEqual(MAX_STREAMS_PER_USER);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason.code === "RATE_LIMITED")).toBe(true);
    expect(await db.claimPresence.count({ where: { userId: rita.id } })).toBeLessThanOrEqual(MAX_STREAMS_PER_USER);
  });
});
