import { z } from "zod";
import { pageParam } from "../validation";

/** The articles list shows this many a page, newest first. */
export const ARTICLES_PAGE_SIZE = 50;
/** The articles list's URL parameter; a page past the end shows the last. */
export const articleListQuerySchema = z.object({ page: pageParam() });
