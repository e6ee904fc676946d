import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { countRecheckDue, getClaimWorkspace, listDeskMembers, listMyWork, listQueue } from "@/lib/claims/queries";
import { queueQuerySchema } from "@/lib/claims/schemas";
import { getArticleWithClaims, listArticleChoices, listArticles } from "@/lib/articles/queries";
import { findRepeats, getTrackedClaim } from "@/lib/tracking/queries";
import { getClaimant, listClaimants } from "@/lib/claimants/queries";
import { searchDesk } from "@/lib/search";
import { searchQuerySchema } from "@/lib/search/schemas";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { readSettingsPage } from "@/lib/settings/settings";
import { getDashboard } from "@/lib/reports/dashboard";
import { readClaimPage } from "@/lib/claims/workspace";
import { listUsers } from "@/lib/auth/admin";
import { makeClaim, makeUser } from "../support/factories";

/**
 * The data-access layer: every function that reads desk data takes the actor and checks it itself,
 * so a page rendered without its layout (an RSC request, a prefetch) cannot read anything signed out.
 */
let claimId: string;
let articleId: string;
let reviewer: Actor;

beforeAll(async () => {
  reviewer = await makeUser("REVIEWER");
  const claim = await makeClaim(reviewer);
  claimId = claim.id;
  articleId = claim.articleId;
});

type Read = (actor: Actor | null) => Promise<unknown>;
const DESK_READS: Record<string, Read> = {
  listQueue: (actor) => listQueue({ actor, query: queueQuerySchema.parse({ status: "NEW" }) }),
  countRecheckDue: (actor) => countRecheckDue({ actor }),
  getClaimWorkspace: (actor) => getClaimWorkspace({ actor, id: claimId }),
  readClaimPage: (actor) => readClaimPage({ actor, id: claimId }),
  listDeskMembers: (actor) => listDeskMembers({ actor }),
  listMyWork: (actor) => listMyWork({ actor }),
  listArticles: (actor) => listArticles({ actor }),
  getArticleWithClaims: (actor) => getArticleWithClaims({ actor, id: articleId }),
  listArticleChoices: (actor) => listArticleChoices({ actor }),
  findRepeats: (actor) => findRepeats({ actor, claimId }),
  getTrackedClaim: (actor) => getTrackedClaim({ actor, id: "x" }),
  listClaimants: (actor) => listClaimants({ actor }),
  getClaimant: (actor) => getClaimant({ actor, name: "The mayor" }),
  searchDesk: (actor) => searchDesk({ actor, query: searchQuerySchema.parse({ q: "homes" }) }),
  listNotifications: (actor) => listNotifications({ actor }),
  unreadCount: (actor) => unreadCount({ actor }),
};

describe("desk reads refuse a missing session", () => {
  for (const [name, read] of Object.entries(DESK_READS)) {
    it(`${name} without an actor is UNAUTHENTICATED; with a fact-checker it answers`, async () => {
      await expect(read(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      await expect(read(reviewer)).resolves.toBeDefined();
    });
  }

  it("editor and admin reads refuse the roles below them", async () => {
    await expect(getDashboard({ actor: reviewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readSettingsPage({ actor: reviewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readSettingsPage({ actor: await makeUser("EDITOR") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listUsers({ actor: await makeUser("EDITOR") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(readSettingsPage({ actor: await makeUser("ADMIN") })).resolves.toMatchObject({ approvers: expect.any(Number) });
  });
});

/** Public reads: published verdicts only, by design open to everyone (lib/publishing, searchPublished). */
const PUBLIC_READS = new Set([
  "listPublishedClaims",
  "listPublishedClaimants",
  "getPublishedClaim",
  "isPublishedSlug",
  "listClaimReviewPage",
  "countSitemapVerdicts",
  "listSitemapVerdicts",
  "getRetraction",
  "searchPublished",
]);

describe("the structure that keeps it so", () => {
  const root = path.resolve(__dirname, "../..");
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

  it("every exported query in lib/**/queries.ts and lib/search checks the actor, or is a published-only read", () => {
    const sources = files("lib").filter((f) => !f.includes("generated") && (/\/queries\.ts$/.test(f) || f === path.join("lib", "search", "index.ts")));
    expect(sources.length).toBeGreaterThan(4);
    const unchecked: string[] = [];
    for (const file of sources) {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      const parts = text.split(/^export async function /m).slice(1);
      for (const part of parts) {
        const name = part.slice(0, part.indexOf("("));
        const body = part.split(/^export /m)[0];
        if (!PUBLIC_READS.has(name) && !/assertCan\(actor, "/.test(body)) unchecked.push(`${file}: ${name}`);
      }
    }
    expect(unchecked, "desk reads must take the actor and call assertCan").toEqual([]);
  });

  it("no page, layout or route handler talks to the database directly", () => {
    const offenders = files("app").filter((f) => /\.(ts|tsx)$/.test(f) && /from "@\/lib\/db"/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("every desk page asks for its actor itself, not only through the layout", () => {
    const pages = files(path.join("app", "(desk)")).filter((f) => f.endsWith("page.tsx"));
    expect(pages.length).toBeGreaterThan(10);
    // The account page uses requireAccountActor(): the one page someone who must choose a new password reaches.
    const guarded = (f: string) => /requirePageActor\(\)|requireAccountActor\(\)/.test(fs.readFileSync(path.join(root, f), "utf8"));
    expect(pages.filter((f) => !guarded(f))).toEqual([]);
    expect(pages.filter((f) => fs.readFileSync(path.join(root, f), "utf8").includes("requireAccountActor()"))).toEqual([
      path.join("app", "(desk)", "desk", "account", "page.tsx"),
    ]);
  });
});
