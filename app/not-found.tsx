import { SiteFrame } from "@/app/_components/site-header";
import Link from "next/link";

export default function NotFound() {
  return (
    <SiteFrame>
      <div className="space-y-3">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p>This page does not exist, or the verdict it showed is not published.</p>
        <Link href="/claims" className="text-blue-700 underline">
          See all published verdicts
        </Link>
      </div>
    </SiteFrame>
  );
}
