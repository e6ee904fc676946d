import { z } from "zod";
import { id } from "../validation";

export const markReadSchema = z.object({ notificationId: id("Notification") });
export type MarkReadInput = z.input<typeof markReadSchema>;
