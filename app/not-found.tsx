/**
 * Our own 404 page: Next's built-in one carries an inline <style> element without the CSP nonce, which
 * the policy (rightly) blocks. A plain link, not next/link: this page is part of every route's client
 * bundle (it is the root's not-found boundary), and a full load is fine after a 404.
 */
export default function NotFound() {
  return (
    <main className="state-page">
      <h1>Page not found</h1>
      <p>This page could not be found.</p>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- next/link here costs every page 3 kB gzipped (see above). */}
        <a href="/">Open the dashboard</a>
      </p>
    </main>
  );
}
