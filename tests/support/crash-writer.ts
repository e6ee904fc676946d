// Crash-test load: `DATABASE_URL=file:/tmp/x.db npx tsx tests/support/crash-writer.ts [--actions N] [--wait]`.
// Performs domain writes in a loop through the real lib functions (imports, accepted suggestions,
// verdict drafts, life cycle steps, comments) and prints "tick N <audit action> <entity id>" after
// each committed action. tests/integration/crash.test.ts SIGKILLs it at random moments and checks
// that the database is consistent and that every ticked action is still there.
// Every step is chosen from the database's current state, so a killed run resumes where it died.
// --wait: load everything, print "loaded", and touch the database only after a "go" line on stdin
// (the test starts the next writer while the current one runs, to keep the test short).
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { db } from "../../lib/db";
import { createUser } from "../../lib/auth/users";
import type { Actor } from "../../lib/auth/roles";
import type { Role } from "../../lib/generated/prisma/enums";
import { acceptSuggestion, dismissSuggestion, importArticle } from "../../lib/intake/mutations";
import { addComment, transitionClaim } from "../../lib/claims/mutations";
import type { ClaimAction } from "../../lib/claims/lifecycle";
import { saveVerdictDraft } from "../../lib/verdicts/mutations";
import { addEvidence, addSource } from "../../lib/sources/mutations";
import { RATING_VALUES } from "../../lib/verdicts/ratings";

type Done = { action: string; entityId: string };

const DESK: { key: "reviewer" | "editor"; role: Role; email: string; name: string }[] = [
  { key: "reviewer", role: "REVIEWER", email: "crash-reviewer@crash.factdesk.test", name: "Crash Reviewer" },
  { key: "editor", role: "EDITOR", email: "crash-editor@crash.factdesk.test", name: "Crash Editor" },
];

const PEOPLE = ["Mayor Ana Lopez", "Finance Minister Karl Berg", "Senator Ruth Okafor", "the statistics office", "Governor Tim Walsh", "the central bank"];
const TOPICS = ["unemployment", "inflation", "the budget deficit", "crime", "housing starts", "hospital waiting times", "exports", "school funding"];
const VERBS = ["fell", "rose", "grew", "dropped", "increased", "declined"];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const num = (max: number) => 1 + Math.floor(Math.random() * max);

/** A news report of many check-worthy sentences: numbers, dates, comparisons, attributions. */
function articleText(sentences: number) {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const year = 2000 + num(25);
    switch (i % 4) {
      case 0:
        out.push(
          `${pick(PEOPLE)} said ${pick(TOPICS)} ${pick(VERBS)} by ${num(40)}.${num(9)}% in ${year}, the ${pick(["largest", "smallest"])} change since ${year - num(20)}.`,
        );
        break;
      case 1:
        out.push(
          `According to ${pick(PEOPLE)}, the city spent $${num(900)} million on ${pick(TOPICS)} last year, ${num(3)} times more than ${pick(["Boston", "Denver", "Leeds", "Lyon"])}.`,
        );
        break;
      case 2:
        out.push(`${pick(PEOPLE)} claimed that ${num(95)} percent of residents support the plan, up from ${num(50)} percent in ${year}.`);
        break;
      default:
        out.push(
          `The report, published on ${pick(["March", "June", "October"])} ${num(28)}, ${year}, found ${num(12000)} cases of ${pick(TOPICS)} in ${num(30)} districts.`,
        );
    }
  }
  return out.join(" ");
}

async function ensureDesk(): Promise<Record<"reviewer" | "editor", Actor>> {
  const actors = {} as Record<"reviewer" | "editor", Actor>;
  for (const u of DESK) {
    let user = await db.user.findUnique({ where: { email: u.email } });
    user ??= await createUser({ input: { email: u.email, name: u.name, role: u.role, password: `crash-${randomUUID()}` } });
    actors[u.key] = { id: user.id, role: user.role, name: user.name, email: user.email };
  }
  return actors;
}

async function step(desk: Record<"reviewer" | "editor", Actor>): Promise<Done | null> {
  const move = (actor: Actor, claim: { id: string; version: number }, action: ClaimAction, note?: string) =>
    transitionClaim({ actor, input: { claimId: claim.id, version: claim.version, action, note } }).then((): Done => ({
      action: `claim.${action}`,
      entityId: claim.id,
    }));

  const [open, active] = await Promise.all([
    db.suggestion.findMany({ where: { status: "OPEN" }, select: { id: true, claimant: true }, take: 40 }),
    db.claim.findMany({
      where: { status: { in: ["NEW", "RESEARCHING", "IN_REVIEW", "APPROVED"] } },
      select: {
        id: true,
        version: true,
        status: true,
        verdict: { select: { version: true } },
        sources: { select: { id: true }, take: 1 },
        _count: { select: { evidence: true } },
      },
    }),
  ]);
  const some = (keep: (c: (typeof active)[number]) => boolean) => {
    const found = active.filter(keep);
    return found.length > 0 ? pick(found) : null;
  };
  const fresh = some((c) => c.status === "NEW");
  const researching = some((c) => c.status === "RESEARCHING" && !c.verdict);
  const drafted = some((c) => c.status === "RESEARCHING" && !!c.verdict);
  // A submission needs a source and a piece of evidence: claims in research without them get them.
  const unsourced = some((c) => c.status === "RESEARCHING" && c._count.evidence === 0);
  const submittable = some((c) => c.status === "RESEARCHING" && !!c.verdict && c._count.evidence > 0);
  const inReview = some((c) => c.status === "IN_REVIEW");
  const approved = some((c) => c.status === "APPROVED");
  const any = some(() => true);

  const options: [number, () => Promise<Done>][] = [
    [
      open.length < 20 ? 2 : 0.8,
      async () => {
        const { id } = await importArticle({
          actor: desk.reviewer,
          input: {
            title: `Crash report ${randomUUID().slice(0, 8)}`,
            outlet: "Crash Wire",
            url: "https://crash.example/report",
            text: articleText(30 + num(20)),
          },
        });
        return { action: "article.import", entityId: id };
      },
    ],
  ];
  if (open.length > 0) {
    options.push([
      5,
      async () => {
        const s = pick(open);
        const { claimId } = await acceptSuggestion({
          actor: desk.reviewer,
          input: { suggestionId: s.id, claimant: s.claimant ?? "Crash Wire", claimantType: "PERSON" },
        });
        return { action: "claim.create", entityId: claimId };
      },
    ]);
    options.push([
      0.5,
      async () => {
        const s = pick(open);
        const { id } = await dismissSuggestion({ actor: desk.reviewer, input: { suggestionId: s.id } });
        const { articleId } = await db.suggestion.findUniqueOrThrow({ where: { id }, select: { articleId: true } });
        return { action: "suggestion.dismiss", entityId: articleId };
      },
    ]);
  }
  if (fresh) {
    options.push([3, () => move(desk.reviewer, fresh, "triage")]);
    options.push([0.5, () => move(desk.reviewer, fresh, "dismiss", "Not check-worthy: an opinion, not a fact.")]);
  }
  const draft = async (claim: { id: string }, version: number): Promise<Done> => {
    const verdict = await saveVerdictDraft({
      actor: desk.reviewer,
      input: {
        claimId: claim.id,
        version,
        rating: pick(RATING_VALUES),
        summary: `Checked against the source, draft ${randomUUID().slice(0, 6)}.`,
        rationale: "The official statistics for the period give a different figure; see the sources listed below for details.",
      },
    });
    return { action: version === 0 ? "verdict.create" : "verdict.update", entityId: verdict.id };
  };
  if (researching) options.push([3, () => draft(researching, 0)]);
  if (unsourced) {
    options.push([
      3,
      async () => {
        const [first] = unsourced.sources;
        if (!first) {
          const source = await addSource({
            actor: desk.reviewer,
            input: { claimId: unsourced.id, url: `https://stats.example/${randomUUID().slice(0, 8)}`, title: "Official statistics" },
          });
          return { action: "source.add", entityId: source.id };
        }
        const evidence = await addEvidence({
          actor: desk.reviewer,
          input: {
            claimId: unsourced.id,
            sourceId: first.id,
            stance: pick(["SUPPORTS", "REFUTES", "CONTEXT"] as const),
            excerpt: "The table gives the figure.",
          },
        });
        return { action: "evidence.add", entityId: evidence.id };
      },
    ]);
  }
  if (submittable) options.push([3, () => move(desk.reviewer, submittable, "submit")]);
  if (drafted) options.push([0.5, () => draft(drafted, drafted.verdict!.version)]);
  if (inReview) {
    options.push([3, () => move(desk.editor, inReview, "approve")]);
    options.push([0.5, () => move(desk.editor, inReview, "sendBack", "Add the primary source for the figure.")]);
  }
  if (approved) options.push([3, () => move(desk.editor, approved, "publish")]);
  if (any) {
    options.push([
      1,
      async () => {
        const comment = await addComment({
          actor: pick([desk.reviewer, desk.editor]),
          input: { claimId: any.id, body: `Note ${randomUUID().slice(0, 8)}: checking this.` },
        });
        return { action: "comment.add", entityId: comment.id };
      },
    ]);
  }

  let r = Math.random() * options.reduce((sum, [w]) => sum + w, 0);
  for (const [weight, run] of options) {
    r -= weight;
    if (r <= 0) return run();
  }
  return options[options.length - 1][1]();
}

/** True on a "go" line on stdin, false when stdin closes first. */
async function waitForGo() {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim() === "go") {
      lines.close();
      process.stdin.destroy();
      return true;
    }
  }
  return false;
}

async function main() {
  const { values } = parseArgs({ options: { actions: { type: "string" }, wait: { type: "boolean" } } });
  const limit = values.actions ? Number(values.actions) : Infinity;
  if (values.wait) {
    console.log("loaded");
    if (!(await waitForGo())) return;
  }
  const desk = await ensureDesk();
  console.log(`ready ${process.pid}`);
  for (let tick = 1; tick <= limit; tick++) {
    const done = await step(desk);
    if (done) console.log(`tick ${tick} ${done.action} ${done.entityId}`);
  }
}

main()
  .catch((error) => {
    console.error("[crash-writer] failed:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
