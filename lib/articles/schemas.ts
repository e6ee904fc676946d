import { z } from "zod";

/** The articles list shows this many a page, newest first. */
export const ARTICLES_PAGE_SIZE = 50;
/** The articles list's URL parameter; a page past the end shows the last. */
export const articleListQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1) });
