import Link from "next/link";

// notFound() from a desk page (a claim, article, claimant or tracked claim that does not exist or was
// deleted): the desk's layout already draws its menu and <main>, so this brings only the message, in the
// desk's words (the site's not-found page would add a second header and speak of published verdicts).
export default function DeskNotFound() {
  return (
    <div className="space-y-3" data-testid="desk-not-found">
      <h1 className="text-2xl font-bold">Not found on the desk</h1>
      <p>This claim, article or page does not exist, or it was deleted. Check the address, or find it from the queue or search.</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/desk" className="text-blue-700 underline">
          Back to the queue
        </Link>
        <Link href="/desk/search" className="text-blue-700 underline">
          Search the desk
        </Link>
      </p>
    </div>
  );
}
