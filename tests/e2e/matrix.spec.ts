import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { ACTION_ROWS, MATRIX_ROLES, ROUTE_ROWS, type MatrixRole } from "../../lib/auth/matrix";
import { deniedMessage } from "../../lib/auth/permissions";
import { signIn, USERS } from "./helpers";
import {
  cast,
  claimAt,
  currentVersion,
  demoArticle,
  freshArticle,
  linkedPair,
  openSuggestion,
  sourceOn,
  evidenceOn,
  throwawayUser,
  freshClaimant,
  openTipGroup,
  claimantWithAlias,
  type Cast,
} from "./matrix-fixtures";
import { addResearch } from "./factories";

const ROOT = process.cwd();
const manifest = () =>
  JSON.parse(fs.readFileSync(path.join(ROOT, process.env.E2E_DIST_DIR || ".next-e2e", "server/server-reference-manifest.json"), "utf8")).node as Record<
    string,
    { exportedName: string; workers: Record<string, unknown> }
  >;

/** Every route the app serves, as "METHOD /path", read from the app directory. */
function appRoutes(): string[] {
  const out: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_")) continue;
        walk(path.join(dir, entry.name), entry.name.startsWith("(") ? segments : [...segments, entry.name]);
        continue;
      }
      const route = "/" + segments.join("/");
      const file = path.join(dir, entry.name);
      if (entry.name === "page.tsx") out.push(`GET ${route}`);
      if (/^(opengraph-image|twitter-image)\.tsx$/.test(entry.name)) out.push(`GET ${path.posix.join(route, entry.name.replace(".tsx", ""))}`);
      if (entry.name === "robots.ts") out.push("GET /robots.txt");
      if (entry.name === "route.ts") {
        const source = fs.readFileSync(file, "utf8");
        for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]) {
          // `export const GET = route(…)` is the wrapped form (lib/http/route.ts).
          if (new RegExp(`export (async )?function ${method}\\b|export const ${method}\\b|as ${method}\\b`).test(source)) out.push(`${method} ${route}`);
        }
      }
    }
  };
  walk(path.join(ROOT, "app"), []);
  return out;
}

test("every server action and every route has a row in the matrix", async () => {
  const actions = [...new Set(Object.values(manifest()).map((a) => a.exportedName))];
  const actionRows = new Set(ACTION_ROWS.map((r) => r.id.split(":")[0]));
  expect(
    actions.filter((a) => !actionRows.has(a)),
    "server actions without a matrix row",
  ).toEqual([]);
  expect(
    [...actionRows].filter((a) => !actions.includes(a)),
    "matrix rows for actions that no longer exist",
  ).toEqual([]);
  const routes = appRoutes();
  const routeRows = new Set(ROUTE_ROWS.map((r) => r.id));
  expect(
    routes.filter((r) => !routeRows.has(r)),
    "routes without a matrix row",
  ).toEqual([]);
  expect(
    [...routeRows].filter((r) => !routes.includes(r)),
    "matrix rows for routes that no longer exist",
  ).toEqual([]);
});

// Desk pages closed to a role answer 200 with the permission's refusal in place of their content.
const PAGE_REFUSALS = [deniedMessage("user.manage"), deniedMessage("desk.dashboard"), deniedMessage("settings.manage")];

type Contexts = Record<MatrixRole, APIRequestContext>;
async function contexts(browser: Browser): Promise<Contexts> {
  const make = async (email?: string) => {
    const context = await browser.newContext();
    if (email) await signIn(context, email);
    return context.request;
  };
  return { anonymous: await make(), reviewer: await make(USERS.rita), editor: await make(USERS.editor), admin: await make(USERS.admin) };
}

type Outcome = "allowed" | "denied";

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT || "3100"}`;

/** An events stream never ends: read its status with the context's cookies, then hang up. */
async function openStream(request: APIRequestContext, target: string) {
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const controller = new AbortController();
  const response = await fetch(new URL(target, BASE_URL), { headers: { cookie }, redirect: "manual", signal: controller.signal });
  const status = response.status;
  const body = status === 200 ? "" : await response.text();
  controller.abort();
  return { status: () => status, text: async () => body, headers: () => Object.fromEntries(response.headers) };
}

async function metaImage(request: APIRequestContext, page: string, attribute: string) {
  const html = await (await request.get(page)).text();
  const match = new RegExp(`<meta ${attribute} content="([^"]+)"`).exec(html);
  if (!match) throw new Error(`no ${attribute} on ${page}`);
  const url = new URL(match[1].replace(/&amp;/g, "&"));
  return url.pathname + url.search;
}

/** Call a server action over HTTP exactly as the browser does, and read its result from the response. */
async function callAction(request: APIRequestContext, name: string, input: unknown): Promise<Outcome> {
  const [id, entry] = Object.entries(manifest()).find(([, a]) => a.exportedName === name)!;
  const worker = Object.keys(entry.workers)[0];
  const page = (
    "/" +
    worker
      .replace(/^app\//, "")
      .replace(/\/page$/, "")
      .split("/")
      .filter((s) => !s.startsWith("("))
      .join("/")
  ).replace(/\[[^\]]+\]/g, "x");
  const response = await request.post(page, {
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
  const body = await response.text();
  if (/"code":"(UNAUTHENTICATED|FORBIDDEN)"/.test(body)) return "denied";
  if (/"ok":(true|false)/.test(body)) return "allowed";
  throw new Error(`${name}: unexpected response ${response.status()} ${body.slice(0, 200)}`);
}

type Input = (c: Cast, role: MatrixRole) => Promise<unknown>;
const transition =
  (from: Parameters<typeof claimAt>[1], action: string): Input =>
  async (c) => {
    const claim = await claimAt(c, from);
    return { claimId: claim.id, version: claim.version, action, note: "Matrix note" };
  };
const ACTOR_ID = (c: Cast, role: MatrixRole) => (role === "editor" ? c.editor : role === "admin" ? c.admin : c.rita).id;

const INPUTS: Record<string, Input> = {
  createClaimAction: async () => {
    const article = await demoArticle();
    const start = article.text.indexOf("White House");
    return { articleId: article.id, quote: "White House", start, end: start + 11, claimant: "Matrix claimant", claimantType: "PERSON" };
  },
  "transitionClaimAction:triage": transition("NEW", "triage"),
  "transitionClaimAction:dismiss": transition("NEW", "dismiss"),
  "transitionClaimAction:reopen": transition("DISMISSED", "reopen"),
  "transitionClaimAction:submit": async (c) => {
    const claim = await claimAt(c, "RESEARCHING");
    const { saveVerdictDraft } = await import("../../lib/verdicts/mutations");
    await addResearch(c.ravi, claim.id);
    await saveVerdictDraft({
      actor: c.ravi,
      input: { claimId: claim.id, version: 0, rating: "TRUE", summary: "Matrix summary text.", rationale: "Matrix rationale that is long enough." },
    });
    return { claimId: claim.id, version: await currentVersion(claim.id), action: "submit" };
  },
  "transitionClaimAction:approve": transition("IN_REVIEW", "approve"),
  "transitionClaimAction:object": transition("IN_REVIEW", "object"),
  "transitionClaimAction:sendBack": transition("IN_REVIEW", "sendBack"),
  "transitionClaimAction:publish": transition("APPROVED", "publish"),
  "transitionClaimAction:unpublish": transition("PUBLISHED", "unpublish"),
  "transitionClaimAction:rework": transition("UNPUBLISHED", "rework"),
  "assignClaimAction:other": async (c) => {
    const claim = await claimAt(c, "NEW");
    return { claimId: claim.id, version: claim.version, assigneeId: c.ravi.id };
  },
  "assignClaimAction:self": async (c, role) => {
    const claim = await claimAt(c, "NEW");
    return { claimId: claim.id, version: claim.version, assigneeId: ACTOR_ID(c, role) };
  },
  // Taking a claim and setting its due date at once: the schedule is an editor's decision.
  "assignClaimAction:selfScheduled": async (c, role) => {
    const claim = await claimAt(c, "NEW");
    return { claimId: claim.id, version: claim.version, assigneeId: ACTOR_ID(c, role), dueDate: "2999-01-01", priority: "URGENT" };
  },
  markNotificationReadAction: async (c, role) => {
    const claim = await claimAt(c, "NEW");
    const { db } = await import("../../lib/db");
    const note = await db.notification.create({ data: { userId: ACTOR_ID(c, role), kind: "ASSIGNED", claimId: claim.id, actorId: c.editor.id } });
    return { notificationId: note.id };
  },
  markAllNotificationsReadAction: async () => null,
  // An open page of one's own (the events stream creates it; here straight in the database).
  updatePresenceAction: async (c, role) => {
    const claim = await claimAt(c, "NEW");
    const { db } = await import("../../lib/db");
    const page = await db.claimPresence.create({ data: { id: crypto.randomUUID(), claimId: claim.id, userId: ACTOR_ID(c, role) } });
    return { connectionId: page.id, editing: true };
  },
  addSourceAction: async (c) => ({ claimId: (await claimAt(c, "RESEARCHING")).id, url: "https://example.org/m", title: "Matrix" }),
  addEvidenceAction: async (c) => {
    const claim = await claimAt(c, "RESEARCHING");
    const source = await sourceOn(c, claim.id);
    return { claimId: claim.id, sourceId: source.id, stance: "SUPPORTS", excerpt: "Matrix excerpt" };
  },
  editSourceAction: async (c) => {
    const source = await sourceOn(c, (await claimAt(c, "RESEARCHING")).id);
    return { sourceId: source.id, version: source.version, url: "https://example.org/m2", title: "Matrix, corrected" };
  },
  removeSourceAction: async (c) => {
    const source = await sourceOn(c, (await claimAt(c, "RESEARCHING")).id);
    return { sourceId: source.id, version: source.version };
  },
  editEvidenceAction: async (c) => {
    const evidence = await evidenceOn(c, (await claimAt(c, "RESEARCHING")).id);
    return { evidenceId: evidence.id, version: evidence.version, sourceId: evidence.sourceId, stance: "REFUTES", excerpt: "Matrix excerpt, corrected" };
  },
  removeEvidenceAction: async (c) => {
    const evidence = await evidenceOn(c, (await claimAt(c, "RESEARCHING")).id);
    return { evidenceId: evidence.id, version: evidence.version };
  },
  saveVerdictAction: async (c) => ({
    claimId: (await claimAt(c, "RESEARCHING")).id,
    version: 0,
    rating: "TRUE",
    summary: "Matrix summary text.",
    rationale: "Matrix rationale that is long enough.",
  }),
  addCommentAction: async (c) => ({ claimId: (await claimAt(c, "NEW")).id, body: "Matrix comment" }),
  correctVerdictAction: async (c) => {
    const claim = await claimAt(c, "PUBLISHED");
    return {
      claimId: claim.id,
      version: claim.version,
      rating: "FALSE",
      summary: "Matrix corrected summary.",
      rationale: "Matrix corrected rationale, long enough.",
      note: "Matrix correction note.",
    };
  },
  recheckVerdictAction: async (c) => {
    const claim = await claimAt(c, "PUBLISHED");
    return { claimId: claim.id, version: claim.version, validAsOf: "2026-11-30", recheckOn: "2027-05-30" };
  },
  withholdSourceAction: async (c) => ({ sourceId: (await sourceOn(c, (await claimAt(c, "RESEARCHING")).id)).id, withheld: true, reason: "Matrix safety" }),
  suggestClaimsAction: async () => ({ articleId: (await demoArticle()).id }),
  acceptSuggestionAction: async (c) => ({ suggestionId: (await openSuggestion(c)).id, claimant: "Matrix claimant" }),
  dismissSuggestionAction: async (c) => ({ suggestionId: (await openSuggestion(c)).id }),
  replaceArticleTextAction: async (c) => ({
    articleId: (await freshArticle(c)).id,
    version: 1,
    text: "The matrix article now says 60 countries joined in 2023.",
  }),
  linkClaimsAction: async (c) => {
    const [a, b] = [await claimAt(c, "NEW"), await claimAt(c, "NEW")];
    return { claimId: a.id, version: a.version, targetClaimId: b.id };
  },
  reuseVerdictAction: async (c) => {
    const { published, repeat } = await linkedPair(c);
    return { claimId: repeat.id, version: repeat.version, fromClaimId: published.id };
  },
  requestReuseAction: async (c) => {
    const { published, repeat } = await linkedPair(c);
    return { claimId: repeat.id, version: repeat.version, fromClaimId: published.id };
  },
  createUserAction: async () => ({
    email: `made-${Math.random().toString(36).slice(2, 10)}@example.test`,
    name: "Matrix Made",
    role: "REVIEWER",
    password: "matrix-made-pass-1",
  }),
  setUserDisabledAction: async () => ({ userId: (await throwawayUser()).id, disabled: true }),
  signOutEverywhereAction: async () => ({ userId: (await throwawayUser()).id }),
  setUserRoleAction: async () => ({ userId: (await throwawayUser()).id, role: "EDITOR" }),
  setDisplayNameAction: async () => ({ displayName: "" }),
  setUserNameAction: async () => ({ userId: (await throwawayUser()).id, name: "Matrix Renamed" }),
  addClaimantAliasAction: async (c) => {
    const claimant = await freshClaimant(c);
    return { claimantId: claimant.id, version: claimant.version, alias: `${claimant.name} also` };
  },
  removeClaimantAliasAction: async (c) => {
    const { claimant, alias } = await claimantWithAlias(c);
    return { claimantId: claimant.id, version: claimant.version, aliasId: alias.id };
  },
  acceptTipAction: async () => ({ tipGroupId: (await openTipGroup()).id, version: 1, claimant: "Matrix tip claimant" }),
  dismissTipAction: async () => ({ tipGroupId: (await openTipGroup()).id, version: 1 }),
  mergeClaimantsAction: async (c) => {
    const [duplicate, target] = [await freshClaimant(c), await freshClaimant(c)];
    return { claimantId: duplicate.id, version: duplicate.version, into: target.name };
  },
  "changePasswordAction:other": async () => ({ userId: (await throwawayUser()).id, newPassword: "matrix reset phrase quietly 42" }),
  // A wrong current password: allowed roles get the field error (the demo accounts keep theirs).
  "changePasswordAction:own": async (c, role) => ({
    userId: ACTOR_ID(c, role),
    currentPassword: "not the current one",
    newPassword: "matrix own phrase quietly 42",
  }),
  // The default, so that the rest of the suite keeps its one-approval desk.
  updateSettingsAction: async () => ({ approvalsRequired: 1 }),
  // The desk has accounts, so any token is refused; a well-formed input shows it is not the schema refusing.
  createFirstAdminAction: async () => ({
    token: "matrix-any-token",
    email: `first-${Math.random().toString(36).slice(2, 10)}@example.test`,
    name: "Matrix First",
    password: "matrix-first-pass-1",
  }),
};

test("every cell of the matrix holds against the real server", async ({ browser }) => {
  test.setTimeout(300_000);
  const c = await cast();
  const requests = await contexts(browser);
  const mismatches: string[] = [];
  let cells = 0;

  for (const row of ACTION_ROWS) {
    const [name] = row.id.split(":");
    for (const role of MATRIX_ROLES) {
      const outcome = await callAction(requests[role], name, await INPUTS[row.id](c, role));
      cells++;
      const expected: Outcome = row.allowed.includes(role) ? "allowed" : "denied";
      if (outcome !== expected) mismatches.push(`${row.id} × ${role}: expected ${expected}, got ${outcome}`);
    }
  }

  const claim = await claimAt(c, "PUBLISHED");
  const draft = await claimAt(c, "RESEARCHING");
  const article = await demoArticle();
  const tracked = await linkedPair(c);
  const url: Record<string, string> = {
    "/claims/[slug]": `/claims/${claim.slug}`,
    "/embed/claims/[slug]": `/embed/claims/${claim.slug}`,
    "/withdrawn/[slug]": `/withdrawn/${claim.slug}`,
    "/embed/withdrawn/[slug]": `/embed/withdrawn/${claim.slug}`,
    "/claims/[slug]/badge.svg": `/claims/${claim.slug}/badge.svg`,
    // Image routes carry a content hash in their URL: take them from the page's own metadata.
    "/claims/[slug]/opengraph-image": await metaImage(requests.anonymous, `/claims/${claim.slug}`, 'property="og:image"'),
    "/claims/[slug]/twitter-image": await metaImage(requests.anonymous, `/claims/${claim.slug}`, 'name="twitter:image"'),
    "/opengraph-image": await metaImage(requests.anonymous, "/methodology", 'property="og:image"'),
    "/twitter-image": await metaImage(requests.anonymous, "/methodology", 'name="twitter:image"'),
    "/sitemaps/[part]": "/sitemaps/0.xml",
    "/claims/search": "/claims/search?q=putin",
    "/desk/search": "/desk/search?q=putin",
    "/desk/articles/[id]": `/desk/articles/${article.id}`,
    "/desk/claims/[id]": `/desk/claims/${draft.id}`,
    "/desk/claimants/[name]": `/desk/claimants/${encodeURIComponent("Matrix claimant")}`,
    "/api/export/[kind]": "/api/export/verdicts",
    "/api/claimants": "/api/claimants?q=matrix",
    "/api/claims/search": "/api/claims/search?q=coalition",
    "/api/live/claims/[id]": `/api/live/claims/${draft.id}`,
    "/desk/tracked/[id]": `/desk/tracked/${(await (await import("../../lib/db")).db.claim.findUniqueOrThrow({ where: { id: tracked.repeat.id } })).trackedClaimId}`,
    "/api/v1/articles/[id]/annotations": `/api/v1/articles/${article.id}/annotations`,
    "/api/auth/[...nextauth]": "/api/auth/csrf",
    "/setup/[token]": "/setup/matrix-any-token",
  };
  // Auth routes go last: the POST signs each context out.
  const rows = [...ROUTE_ROWS].sort((a, b) => Number(a.id.includes("nextauth")) - Number(b.id.includes("nextauth")));
  for (const row of rows) {
    const [method, template] = row.id.split(" ");
    for (const role of MATRIX_ROLES) {
      const target = url[template] ?? template;
      const request = requests[role];
      let response;
      if (method === "HEAD") response = await request.head(target, { maxRedirects: 0 });
      else if (template === "/api/live/claims/[id]") response = await openStream(request, target);
      else if (template === "/api/articles/import/jobs/[id]") {
        // Each role asks for a job of its own (the route answers "not found" for anyone else's).
        const { db } = await import("../../lib/db");
        const job = await db.importJob.create({ data: { createdById: ACTOR_ID(c, role), title: "Matrix import job" } });
        response = await request.get(`/api/articles/import/jobs/${job.id}`, { maxRedirects: 0 });
      } else if (method === "GET") response = await request.get(target, { maxRedirects: 0 });
      else if (template === "/api/articles/import") {
        response = await request.post(target, {
          multipart: { title: "Matrix import", outlet: "Matrix", text: "Matrix text with 3 numbers in 2024." },
          maxRedirects: 0,
        });
      } else if (template === "/api/v1/tips") {
        // A reader's tip: the challenge solved as a browser would (lib/tips/pow.ts).
        const { solve } = await import("../../lib/tips/pow");
        const { challenge } = (await (await request.get("/api/v1/tips/challenge")).json()) as { challenge: string };
        response = await request.post(target, {
          data: { question: `Matrix readers ask whether ${role} claims hold`, challenge, nonce: solve(challenge) },
          maxRedirects: 0,
        });
      } else if (template === "/api/internal/revalidate") {
        response = await request.post(target, { data: { slug: claim.slug }, maxRedirects: 0 });
      } else {
        const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
        response = await request.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
      }
      cells++;
      const status = response.status();
      const body = status < 300 ? await response.text() : "";
      const location = response.headers()["location"] ?? "";
      let outcome: Outcome;
      if (status === 401 || status === 403 || (status >= 300 && status < 400 && location.includes("/signin")) || PAGE_REFUSALS.some((m) => body.includes(m)))
        outcome = "denied";
      // Any other redirect (a signed-in visitor sent from /signin to the desk) is a way in, not a refusal.
      else if (status >= 200 && status < 400) outcome = "allowed";
      else throw new Error(`${row.id} × ${role}: unexpected ${status}`);
      const expected: Outcome = row.allowed.includes(role) ? "allowed" : "denied";
      if (outcome !== expected) mismatches.push(`${row.id} × ${role}: expected ${expected}, got ${outcome} (${status})`);
      // Nothing of a draft may leak to a visitor without a session.
      if (role === "anonymous" && template === "/desk/claims/[id]") expect(body).not.toContain("Matrix fixture");
    }
  }
  console.log(`authorization matrix: ${cells} cells (${ACTION_ROWS.length + ROUTE_ROWS.length} rows × ${MATRIX_ROLES.length} roles)`);
  expect(mismatches).toEqual([]);
});
