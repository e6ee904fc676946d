// The request header with which scripts/serve.mjs tells the withdrawal pages (app/(public)/withdrawn,
// app/embed/withdrawn) that it rewrote a withdrawn verdict's address to them; its value is the
// server's per-process internal token. The server deletes any copy a client sent.
export const WITHDRAWAL_HEADER = "x-factdesk-withdrawal";
