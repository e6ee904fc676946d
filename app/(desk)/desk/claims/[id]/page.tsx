import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import { blockedActions } from "@/lib/claims/lifecycle";
import { claimCapabilities } from "@/lib/claims/capabilities";
import { verdictFacts } from "@/lib/verdicts/writers";
import { getClaimWorkspace, listDeskMembers } from "@/lib/claims/queries";
import { STANCE_LABEL } from "@/lib/sources/schemas";
import { formatDate, formatDateTime } from "@/lib/site";
import { DemoBadge, DueBadge, PriorityBadge, RatingBadge, StatusBadge } from "@/app/_components/badges";
import { AssignControl, CorrectionForm, RecheckForm, TransitionControls, VerdictDraftNotice, VerdictForm } from "./workflow-controls";
import { today } from "@/lib/claims/queries";
import { LiveClaim } from "./live";
import { CommentForm, EvidenceForm, ReplyControl, SourceForm, WithholdControl } from "./research-forms";
import { commentThreads } from "@/lib/comments/threads";
import { AuditList } from "./audit-list";
import { CommentBody } from "./comment-body";
import { TrackingPanel } from "./tracking-panel";
import { findRepeats } from "@/lib/tracking/queries";
import { approvalsText, currentRound, reviewFacts } from "@/lib/claims/review";
import { approvalsNeeded } from "@/lib/settings/settings";
import { ReviewList } from "./review-list";

export const metadata: Metadata = { title: "Claim" };

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="space-y-3 rounded border border-stone-200 bg-white p-4" data-testid={testId}>
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [claim, members, repeats] = await Promise.all([getClaimWorkspace({ actor, id }), listDeskMembers({ actor }), findRepeats({ actor, claimId: id })]);
  if (!claim) notFound();
  // The same facts the mutations decide on (lib/verdicts/writers.ts): buttons and refusals agree.
  const facts = verdictFacts(claim.verdict);
  // The number of approvals matters only in review (two queries): other statuses skip it.
  const review = reviewFacts(claim.reviews, claim.submittedAt, claim.status === "IN_REVIEW" && facts ? await approvalsNeeded(facts) : 1);
  const round = currentRound(claim.reviews, claim.submittedAt);
  const earlier = claim.reviews.filter((r) => !round.includes(r));
  const recheckDue = claim.status === "PUBLISHED" && !!claim.verdict?.recheckOn && claim.verdict.recheckOn <= today();
  const blocked = blockedActions({ status: claim.status, actor, verdict: facts, review });
  // What this page offers is what the server will allow: one answer for both (lib/claims/capabilities.ts).
  const may = claimCapabilities(actor, { status: claim.status, verdict: facts, review });
  const actions = may.actions;
  const researchOpen = may.addSource;
  const verdictOpen = may.draftVerdict;
  const canWithhold = may.withholdSource;
  const handles = members.map((m) => m.handle);
  const mentionable = members.filter((m) => m.id !== actor.id).map((m) => ({ handle: m.handle, name: m.name }));

  return (
    <LiveClaim claimId={claim.id} userId={actor.id} after={claim.liveAfter}>
      <div className="space-y-5">
        <header className="space-y-2">
          <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
            <StatusBadge status={claim.status} />
            {claim.verdict && <RatingBadge rating={claim.verdict.rating} />}
            <span>
              from <Link href={`/desk/articles/${claim.article.id}`} className="underline">{claim.article.title}</Link> ({claim.article.outlet})
            </span>
            {claim.isDemo && <DemoBadge />}
          </p>
          {claim.anchorState !== "OK" && (
            <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm">
              {claim.anchorState === "LOST"
                ? "The article's text changed and this quote is no longer in it. Check the article and dismiss or re-create the claim."
                : "The article's text changed; a similar passage was found but not applied. Check that the quote still stands."}
            </p>
          )}
          <h1 className="text-xl leading-snug font-semibold" data-testid="claim-quote">
            “{claim.quote}”
          </h1>
          <p className="text-sm">
            Claimant: <strong>{claim.claimant}</strong> · said {claim.claimDate ? formatDate(claim.claimDate) : "on a date not recorded"} · assignee:{" "}
            {claim.assignee?.name ?? "nobody"} · version {claim.version}
          </p>
          <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="claim-schedule">
            <span>Priority:</span> <PriorityBadge priority={claim.priority} /> <DueBadge dueDate={claim.dueDate} now={new Date()} />
          </p>
          {claim.status === "PUBLISHED" && claim.slug && (
            <p className="text-sm">
              Public page: <Link href={`/claims/${claim.slug}`} className="text-blue-800 underline">/claims/{claim.slug}</Link>
            </p>
          )}
        </header>

        <Section title="In context">
          <p className="article-text text-sm leading-6 text-stone-700">
            …{claim.prefix}
            <mark className="bg-yellow-200">{claim.quote}</mark>
            {claim.suffix}…
          </p>
        </Section>

        <Section title="Workflow" testId="workflow">
          {claim.reviewNote && (
            <p role="note" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
              <strong>Sent back:</strong> {claim.reviewNote}
            </p>
          )}
          {claim.retractionReason && claim.status !== "PUBLISHED" && (
            <p role="note" className="rounded border border-red-300 bg-red-50 p-2 text-sm">
              <strong>Unpublished on {formatDate(claim.retractedAt)}:</strong> {claim.retractionReason}. The public address shows a retraction notice.
            </p>
          )}
          {claim.dismissReason && (
            <p role="note" className="rounded border border-stone-300 bg-stone-50 p-2 text-sm">
              <strong>Dismissed:</strong> {claim.dismissReason}
            </p>
          )}
          {claim.status === "IN_REVIEW" && (
            <div className="space-y-1 rounded border border-stone-200 p-2 text-sm" data-testid="review-tally">
              <p>
                <strong>{approvalsText(review)}</strong>
                {review.approvalsRequired > 1 && " — the verdict is approved when enough editors other than its author approve it."}
              </p>
              <ReviewList reviews={round} empty="No editor has decided yet in this round." />
            </div>
          )}
          {earlier.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer">Earlier review rounds ({earlier.length} decision{earlier.length === 1 ? "" : "s"})</summary>
              <ReviewList reviews={earlier} empty="" />
            </details>
          )}
          <TransitionControls claimId={claim.id} version={claim.version} actions={actions} blocked={blocked} />
          {actions.includes("correct") && claim.verdict && (
            <CorrectionForm claimId={claim.id} version={claim.version} verdict={{ rating: claim.verdict.rating, summary: claim.verdict.summary, rationale: claim.verdict.rationale }} />
          )}
          <AssignControl
            claimId={claim.id}
            version={claim.version}
            assigneeId={claim.assigneeId}
            dueDate={claim.dueDate ? claim.dueDate.toISOString().slice(0, 10) : ""}
            priority={claim.priority}
            actorId={actor.id}
            isEditor={hasRole(actor, "EDITOR")}
            members={members}
          />
        </Section>

        <Section title="Same claim elsewhere" testId="tracking">
          <TrackingPanel
            claimId={claim.id}
            version={claim.version}
            status={claim.status}
            trackedClaimId={claim.trackedClaimId}
            appearances={claim.trackedClaim?.claims ?? []}
            repeats={repeats}
            coveredBy={claim.coveredBy}
            reuseBlocked={may.reuseBlocked}
          />
        </Section>

        <div className="grid gap-5 lg:grid-cols-2">
          <Section title={`Sources (${claim.sources.length})`} testId="sources">
            {claim.sources.length === 0 && <p className="text-sm text-stone-600">No sources yet.</p>}
            <ul className="space-y-2 text-sm">
              {claim.sources.map((s) => (
                <li key={s.id} className="border-b border-stone-100 pb-2">
                  <a href={s.url} rel="noopener noreferrer nofollow" className="font-medium text-blue-800 underline">
                    {s.title}
                  </a>
                  <span className="text-stone-600">
                    {" "}
                    · {s.publisher ?? "publisher not recorded"} · published {formatDate(s.publishedAt)} · accessed {formatDate(s.accessedAt)}
                  </span>
                  {s.archiveUrl && (
                    <>
                      {" · "}
                      <a href={s.archiveUrl} rel="noopener noreferrer nofollow" className="underline">
                        archived copy
                      </a>
                    </>
                  )}
                  {s.reliabilityNote && <p className="text-stone-600">Reliability: {s.reliabilityNote}</p>}
                  {s.withheld && (
                    <p className="text-red-800" data-testid="withheld-flag">
                      Withheld from the public page: {s.withheldReason}
                    </p>
                  )}
                  {canWithhold && <WithholdControl sourceId={s.id} withheld={s.withheld} />}
                </li>
              ))}
            </ul>
            {researchOpen && (
              <details className="rounded border border-stone-200 p-2">
                <summary className="cursor-pointer text-sm font-medium">Add a source</summary>
                <div className="pt-3">
                  <SourceForm claimId={claim.id} />
                </div>
              </details>
            )}
          </Section>

          <Section title={`Evidence (${claim.evidence.length})`} testId="evidence">
            {claim.evidence.length === 0 && <p className="text-sm text-stone-600">No evidence yet.</p>}
            <ul className="space-y-2 text-sm">
              {claim.evidence.map((e) => (
                <li key={e.id} className="border-b border-stone-100 pb-2">
                  <span className="font-medium">{STANCE_LABEL[e.stance]}</span> · {e.source.title}
                  <blockquote className="my-1 border-l-2 border-stone-300 pl-2 text-stone-700">{e.excerpt}</blockquote>
                  {e.note && <p className="text-stone-600">{e.note}</p>}
                </li>
              ))}
            </ul>
            {researchOpen && (
              <details className="rounded border border-stone-200 p-2">
                <summary className="cursor-pointer text-sm font-medium">Add evidence</summary>
                <div className="pt-3">
                  <EvidenceForm claimId={claim.id} sources={claim.sources.map((s) => ({ id: s.id, title: s.title }))} />
                </div>
              </details>
            )}
          </Section>
        </div>

        <Section title="Verdict" testId="verdict">
          {claim.verdict && (claim.verdict.validAsOf || claim.verdict.recheckOn) && (
            <p className="text-sm" data-testid="verdict-days">
              {claim.verdict.validAsOf && <>Valid as of {formatDate(claim.verdict.validAsOf)}. </>}
              {claim.verdict.recheckOn && (
                <>
                  Re-check on {formatDate(claim.verdict.recheckOn)}
                  {recheckDue && <strong className="text-amber-900"> — due now</strong>}.
                </>
              )}
            </p>
          )}
          {may.recheckVerdict && claim.verdict && (
            <RecheckForm claimId={claim.id} version={claim.version} validAsOf={isoDay(claim.verdict.validAsOf)} recheckOn={isoDay(claim.verdict.recheckOn)} due={recheckDue} />
          )}
          {claim.verdict && (
            <p className="text-sm text-stone-600">
              Drafted by {claim.verdict.author.name}; last edited by {claim.verdict.lastEditedBy.name} ({formatDateTime(claim.verdict.updatedAt)})
              {claim.verdict.approvedBy && <> · approved by {claim.verdict.approvedBy.name}</>}
            </p>
          )}
          {verdictOpen ? (
            <VerdictForm
              claimId={claim.id}
              userId={actor.id}
              verdict={
                claim.verdict && {
                  version: claim.verdict.version,
                  rating: claim.verdict.rating,
                  summary: claim.verdict.summary,
                  rationale: claim.verdict.rationale,
                  editedBy: claim.verdict.lastEditedBy.name,
                  validAsOf: isoDay(claim.verdict.validAsOf),
                  recheckOn: isoDay(claim.verdict.recheckOn),
                }
              }
            />
          ) : claim.verdict ? (
            <div className="space-y-2">
              {can(actor, "verdict.draft") && <VerdictDraftNotice claimId={claim.id} userId={actor.id} />}
              <RatingBadge rating={claim.verdict.rating} large />
              <p className="font-medium">{claim.verdict.summary}</p>
              <p className="text-sm whitespace-pre-wrap">{claim.verdict.rationale}</p>
            </div>
          ) : (
            <p className="text-sm text-stone-600">{claim.status === "NEW" ? "Start research to draft a verdict." : "No verdict."}</p>
          )}
        </Section>

        <Section title={`Comments (${claim.comments.length})`} testId="comments">
          {claim.comments.length === 0 && <p className="text-sm text-stone-600">No comments yet. Ask a colleague with @ and their name.</p>}
          <ul className="space-y-3 text-sm">
            {commentThreads(claim.comments).map(({ comment: c, replies }) => (
              <li key={c.id} className="border-b border-stone-100 pb-2" data-testid="comment">
                <p className="text-stone-600">
                  {c.author.name} · {formatDateTime(c.createdAt)}
                </p>
                <CommentBody body={c.body} handles={handles} />
                {replies.length > 0 && (
                  <ul className="mt-2 space-y-2 border-l-2 border-stone-200 pl-3" aria-label={`Replies to ${c.author.name}`}>
                    {replies.map((r) => (
                      <li key={r.id} data-testid="reply">
                        <p className="text-stone-600">
                          {r.author.name} · {formatDateTime(r.createdAt)}
                        </p>
                        <CommentBody body={r.body} handles={handles} />
                      </li>
                    ))}
                  </ul>
                )}
                <div className="mt-1">
                  <ReplyControl claimId={claim.id} commentId={c.id} author={c.author.name} members={mentionable} />
                </div>
              </li>
            ))}
          </ul>
          <CommentForm claimId={claim.id} members={mentionable} />
        </Section>

        <Section title="History" testId="history">
          <AuditList events={claim.auditEvents} />
        </Section>
      </div>
    </LiveClaim>
  );
}
