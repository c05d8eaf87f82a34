/** Minimal XML writing: escaped text and attributes, so data never breaks the markup it is written into. */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// XML 1.0 forbids most control characters even when escaped: drop them rather than write an unreadable file.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(value: string | number): string {
  return String(value).replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** ` name="value"` pairs for the defined values, in order. */
export function attrs(values: Record<string, string | number | boolean | null | undefined>): string {
  let text = "";
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    text += ` ${name}="${escapeXml(typeof value === "boolean" ? String(value) : value)}"`;
  }
  return text;
}
