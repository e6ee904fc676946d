// The request header with which scripts/serve.mjs tells the pages it rewrites verdict addresses to (the
// withdrawal pages app/(public)/withdrawn and app/embed/withdrawn, and app/embed/missing) that the
// rewrite came from it; its value is the server's per-process internal token. The server deletes any
// copy a client sent.
export const WITHDRAWAL_HEADER = "x-factdesk-withdrawal";
