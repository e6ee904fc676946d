import { SiteFrame } from "@/app/_components/site-header";
import { NotFoundMessage } from "@/app/_components/not-found-message";

// An address no route matches: only the root layout is above this, so it brings the site's frame.
export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundMessage />
    </SiteFrame>
  );
}
