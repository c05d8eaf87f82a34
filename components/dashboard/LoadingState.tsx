/**
 * Shown while the dataset is read on the server. Not a <main>: while the page streams, the fallback and
 * the dashboard briefly share the document, and the contract promises exactly one main.
 */
export function LoadingState() {
  return (
    <div className="state-page" aria-busy="true">
      <p role="status">Loading the dataset…</p>
    </div>
  );
}
