import { config } from "zod";

// Zod probes `new Function("")` once to speed up object parsing. Our Content-Security-Policy allows no
// eval, so in the browser the probe fails quietly, but is still reported as a policy violation (on every
// desk page that parses a form). Turn the probe off: parsing works the same without it. Imported for its
// effect by every module that brings zod schemas to the browser (and lib/validation.ts).
config({ jitless: true });
