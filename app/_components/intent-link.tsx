"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, type ComponentProps } from "react";

/** A link reached for again within this time is not prefetched again. */
const INTENT_PREFETCH_MS = 10_000;

/**
 * A link that prefetches its page once a person shows they may follow it (the pointer over it,
 * keyboard focus, a touch), not as soon as it is on screen. Every desk page is dynamic, so a prefetch
 * is a server render of the desk's layout (session, unread count), down to the page's loading state
 * where it has one (the pages of one record have none: decision 12), that the browser does not keep (`staleTimes.dynamic` is 0): with plain links, each desk page view
 * asked the server for every desk link in view again, a dozen renders or more for the one asked for.
 * The link itself never prefetches (a link that once did would go on doing it on every navigation
 * and refresh); a reach asks the router for one prefetch (docs/architecture.md, decision 10).
 */
export function IntentLink({ href, prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof Link>) {
  const router = useRouter();
  const last = useRef(0);
  const reach = () => {
    if (prefetch === false || typeof href !== "string" || Date.now() - last.current < INTENT_PREFETCH_MS) return;
    last.current = Date.now();
    router.prefetch(href);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        reach();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        reach();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        reach();
        onTouchStart?.(event);
      }}
    />
  );
}
