/** Ids of datasets of this browser start with this, so they never clash with the server's. */
export const LOCAL_PREFIX = "local-";

/** True for the id of a dataset kept in this browser. */
export function isLocalId(id: string): boolean {
  return id.startsWith(LOCAL_PREFIX);
}
