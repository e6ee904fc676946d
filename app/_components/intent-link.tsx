"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A desk link that prefetches its page once a person shows they may follow it (the pointer over it,
 * keyboard focus, a touch), not as soon as it is on screen. Every desk page is dynamic behind a
 * loading boundary, so a prefetch is a server render of the desk's layout (session, unread count)
 * that the browser does not keep (`staleTimes.dynamic` is 0): with plain links, each desk page view
 * asked the server for every desk link in view again, a dozen renders or more for the one asked for.
 * Next.js's own guide suggests this for many links to dynamic pages (docs/architecture.md).
 */
export function IntentLink({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof Link>) {
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  return (
    <Link
      {...props}
      prefetch={prefetch === false || !wanted ? false : (prefetch ?? null)}
      onMouseEnter={(event) => {
        want();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        want();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        want();
        onTouchStart?.(event);
      }}
    />
  );
}
