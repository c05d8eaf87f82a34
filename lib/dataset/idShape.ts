/** The shape of ids, without the schema library: the client checks URL values against it cheaply. */

/** The shape every id in a dataset has. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when the string has the shape of an id (used to reject hostile URL and path values early). */
export function isIdShaped(value: string): boolean {
  return value.length <= 120 && ID_PATTERN.test(value);
}
