import { commentPieces } from "@/lib/comments/render";

/** A comment as written, with web links and @mentions of desk members; React escapes the rest. */
export function CommentBody({ body, handles }: { body: string; handles: string[] }) {
  return (
    <p className="whitespace-pre-wrap break-words" data-testid="comment-body">
      {commentPieces(body, handles).map((piece, i) =>
        piece.kind === "link" ? (
          <a key={i} href={piece.href} rel="nofollow noopener noreferrer ugc" target="_blank" className="text-blue-900 underline">
            {piece.text}
          </a>
        ) : piece.kind === "mention" ? (
          <strong key={i} className="rounded bg-blue-50 px-0.5 font-medium text-blue-900" data-testid="mention">
            {piece.text}
          </strong>
        ) : (
          piece.text
        ),
      )}
    </p>
  );
}
