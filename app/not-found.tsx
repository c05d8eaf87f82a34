import Link from "next/link";

/**
 * Our own 404 page: Next's built-in one carries an inline <style> element without the CSP nonce, which
 * the policy (rightly) blocks.
 */
export default function NotFound() {
  return (
    <main className="state-page">
      <h1>Page not found</h1>
      <p>This page could not be found.</p>
      <p>
        <Link href="/">Open the dashboard</Link>
      </p>
    </main>
  );
}
