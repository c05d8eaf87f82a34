/** Bytes to text: UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything else is refused, not guessed. */

/** The text of a file, or why it cannot be read. */
export function decodeBytes(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { problem: "is not UTF-8 text (save it as UTF-8, for example with “CSV UTF-8” in a spreadsheet)" };
  }
}
