/**
 * Comments as threads one level deep: each top-level comment with its replies, both in the order
 * written. A reply to a reply is stored under the top-level comment (lib/claims/mutations.ts), so a
 * reply whose parent is not among the comments cannot occur; if it did, it is shown on its own.
 */
export function commentThreads<C extends { id: string; parentId: string | null }>(comments: C[]): { comment: C; replies: C[] }[] {
  const threads = new Map<string, { comment: C; replies: C[] }>();
  for (const c of comments) if (!c.parentId) threads.set(c.id, { comment: c, replies: [] });
  for (const c of comments) {
    if (!c.parentId) continue;
    const thread = threads.get(c.parentId);
    if (thread) thread.replies.push(c);
    else threads.set(c.id, { comment: c, replies: [] });
  }
  return [...threads.values()].sort((a, b) => comments.indexOf(a.comment) - comments.indexOf(b.comment));
}
