import { deskTimeZone } from "./days";
import { publicBaseUrl } from "./site-url.mjs";

export { publicBaseUrl };

/** The newsroom's public name, from FACTDESK_SITE_NAME. */
export function siteName(): string {
  return process.env.FACTDESK_SITE_NAME?.trim() || "Factdesk";
}

export function absoluteUrl(path: string): string {
  return publicBaseUrl() + (path.startsWith("/") ? path : `/${path}`);
}

/** The organization that signs the fact-checks (ClaimReview `author`). */
export function organization(): { name: string; url: string } {
  return {
    name: process.env.FACTDESK_ORG_NAME?.trim() || siteName(),
    url: process.env.FACTDESK_ORG_URL?.trim() || publicBaseUrl(),
  };
}

/**
 * Where readers ask for a correction: FACTDESK_CORRECTIONS_EMAIL, shown on the methodology page and on
 * each verdict. Null when unset or not an e-mail address (the pages then point to the organisation's site).
 */
export function correctionsEmail(): string | null {
  const raw = process.env.FACTDESK_CORRECTIONS_EMAIL?.trim() ?? "";
  return /^[^\s@<>"()]+@[^\s@<>"()]+\.[^\s@<>"()]+$/.test(raw) ? raw : null;
}

/** A mailto: link to the corrections address, with a subject naming what the reader asks about. */
export function correctionsMailto(email: string, about: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(`Correction request: ${about}`)}`;
}

// One formatter each, made once: toLocaleString builds a new one on every call (0.14 ms, where
// format() takes 1 µs), and a list of 100 rows formats 100 dates.
const COUNT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** A count as people read it ("4,001"), by a formatter made once (toLocaleString builds one per call). */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

// A stored day is its UTC midnight, written as that day wherever the desk is; a moment is written in the desk's
// time zone (FACTDESK_TIME_ZONE, lib/days.ts), read once when the server starts.
const DAY_FORMAT = { day: "numeric", month: "long", year: "numeric" } as const;
const DATE = new Intl.DateTimeFormat("en-GB", { ...DAY_FORMAT, timeZone: "UTC" });
let deskFormats: { day: Intl.DateTimeFormat; moment: Intl.DateTimeFormat } | null = null;
function desk() {
  if (!deskFormats) {
    const timeZone = deskTimeZone();
    deskFormats = {
      day: new Intl.DateTimeFormat("en-GB", { ...DAY_FORMAT, timeZone }),
      moment: new Intl.DateTimeFormat("en-GB", {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone,
        timeZoneName: "short",
      }),
    };
  }
  return deskFormats;
}

/** A stored calendar day (a due date, a publication day) as "20 June 2024"; "—" for none. */
export function formatDate(date: Date | string | null | undefined): string {
  return formatted(DATE, date);
}

/** The desk's day of a moment (when something was published, withdrawn, created) as "20 June 2024"; "—" for none. */
export function formatDayOf(moment: Date | string | null | undefined): string {
  return formatted(desk().day, moment);
}

/** A moment as "20 Jun 2024, 23:30 UTC", in the desk's time zone with its abbreviation ("CEST", "GMT-4"); "—" for none. */
export function formatDateTime(date: Date | string | null | undefined): string {
  return formatted(desk().moment, date);
}

function formatted(format: Intl.DateTimeFormat, date: Date | string | null | undefined): string {
  const at = date ? new Date(date) : null;
  // format() throws on an invalid date, where toLocaleString said "Invalid Date": neither is for a reader.
  return at && !Number.isNaN(at.getTime()) ? format.format(at) : "—";
}

/** Text a person wrote, ending as a sentence: a full stop added unless it already ends with one (or ! ? …), after any closing quote. */
export function asSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]["”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
