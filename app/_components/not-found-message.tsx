import Link from "next/link";

/** What a missing page or an unpublished verdict says; the frame (header, main) comes from the layout. */
export function NotFoundMessage() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>This page does not exist, or the verdict it showed is not published.</p>
      <Link href="/claims" className="text-blue-700 underline">
        See all published verdicts
      </Link>
    </div>
  );
}
