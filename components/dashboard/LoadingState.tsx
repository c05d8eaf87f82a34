/** Shown while the dataset is read on the server. */
export function LoadingState() {
  return (
    <main className="state-page" aria-busy="true">
      <p role="status">Loading the dataset…</p>
    </main>
  );
}
