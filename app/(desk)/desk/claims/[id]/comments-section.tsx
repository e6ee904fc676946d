import type { ClaimWorkspaceView } from "@/lib/claims/workspace";
import { formatDateTime } from "@/lib/site";
import { CommentBody } from "./comment-body";
import { CommentForm, ReplyControl } from "./research-forms";
import { Section } from "./section";

/** The desk's conversation about the claim: threads of comments and replies, and the form to add one. */
export function CommentsSection({ claimId, comments }: { claimId: string; comments: ClaimWorkspaceView["comments"] }) {
  const { handles, mentionable } = comments;
  return (
    <Section title={`Comments (${comments.count})`} testId="comments">
      {comments.count === 0 && <p className="text-sm text-stone-600">No comments yet. Ask a colleague with @ and their name.</p>}
      <ul className="space-y-3 text-sm">
        {comments.threads.map(({ comment: c, replies }) => (
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
              <ReplyControl claimId={claimId} commentId={c.id} author={c.author.name} members={mentionable} />
            </div>
          </li>
        ))}
      </ul>
      <CommentForm claimId={claimId} members={mentionable} />
    </Section>
  );
}
