/**
 * Opens another dataset as a new page load: a different dataset means a fresh view store, layout and URL
 * writer, which a full navigation gives for free (and the server renders the server's datasets).
 */
export function openDataset(id: string | null): void {
  const url = new URL("/", window.location.href);
  if (id) url.searchParams.set("dataset", id);
  window.location.assign(url);
}
