/** Shown to admins while demo accounts can sign in: their password is printed in the README. */
export function DemoBanner({ accounts }: { accounts: number }) {
  if (accounts === 0) return null;
  return (
    <div role="status" data-testid="demo-banner" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
      <strong>Demo accounts are active.</strong> {accounts === 1 ? "One demo account" : `${accounts} demo accounts`} (…@factdesk.test) can sign in with the
      password published in the README. Before real use, run <code className="font-mono">npm run demo:remove</code> on the server.
    </div>
  );
}
