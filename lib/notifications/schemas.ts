import { z } from "zod";
import { id } from "../validation";

export const markReadSchema = z.object({ notificationId: id("Notification") });
export type MarkReadInput = z.input<typeof markReadSchema>;

/** The inbox's address: ?page=N (anything else is the first page). */
export const inboxQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(1_000).default(1).catch(1) });
