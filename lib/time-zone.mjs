// Whether a FACTDESK_TIME_ZONE value is a time zone this runtime knows. Plain JavaScript, so that the start scripts
// (scripts/start.mjs, scripts/serve.mjs) refuse a bad name with the same words as the server (lib/days.ts).
const known = new Set(["UTC"]);

/** Why a time zone setting is refused; null when `name` is one the runtime knows (each name is tried once). */
export function timeZoneProblem(name) {
  if (known.has(name)) return null;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: name });
    known.add(name);
    return null;
  } catch {
    return `FACTDESK_TIME_ZONE is not a time zone this server knows: "${name}". Use an IANA name such as Europe/Paris or America/New_York, or leave it unset for UTC.`;
  }
}
