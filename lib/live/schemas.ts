import "../zod-jitless";
import { z } from "zod";

/** One open claim page: the id its events stream handed out (`hello`), and whether its verdict form holds a draft. */
export const presenceSchema = z.object({
  connectionId: z.uuid({ error: "That live connection is not known." }),
  editing: z.boolean({ error: "Say whether the verdict is being edited." }),
});
export type PresenceInput = z.input<typeof presenceSchema>;
