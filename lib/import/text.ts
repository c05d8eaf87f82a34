/**
 * Imported text is text: HTML is reduced to plain text once, here, and links are kept as sources.
 * Works without a DOM (in Node and in a worker). This is not an HTML parser; it only has to turn markup
 * into readable words. Nothing it returns is ever rendered as markup (React renders it as text).
 */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“" };

/** Decodes the character references people's HTML uses; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const HAS_MARKUP = /[<&]/;
const NEEDS_WORK = /[<&\u0000-\u001f\u007f\u00a0]|https?:|^\s|\s$|\s\s/i;
const BLOCK_END = /<\/(p|div|li|h[1-6]|tr|blockquote)\s*>|<br\s*\/?>/gi;
const DROPPED = /<(script|style|template|iframe|object|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
const HREF = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const TAG = /<\/?[a-z!?][^>]*(>|$)/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>"')\]]+/gi;

/** An http(s) URL as the schema wants it, or null. */
export function httpUrl(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const text = decodeEntities(raw.trim());
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Plain text of a field that may hold HTML, and the http(s) links it held (hrefs and bare URLs). */
export function htmlToText(raw: string | undefined | null): { text: string; links: string[] } {
  if (!raw) return { text: "", links: [] };
  // Most cells are plain words: skip the work (a 100,000-row table has half a million of them).
  if (!NEEDS_WORK.test(raw)) return { text: raw, links: [] };
  const links: string[] = [];
  let text = raw;
  if (HAS_MARKUP.test(text)) {
    text = text.replace(COMMENT, " ").replace(DROPPED, " ");
    for (const match of text.matchAll(HREF)) {
      const url = httpUrl(match[1] ?? match[2] ?? match[3]);
      if (url) links.push(url);
    }
    text = decodeEntities(text.replace(BLOCK_END, "\n").replace(TAG, " "));
  }
  for (const match of text.matchAll(BARE_URL)) {
    const url = httpUrl(match[0].replace(/[.,;:!?]+$/, ""));
    if (url) links.push(url);
  }
  const clean = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
  return { text: clean, links: [...new Set(links)] };
}

/** Plain text of a short field (a name, a title): HTML removed and whitespace on one line. */
export function plain(raw: string | undefined | null): string {
  return htmlToText(raw).text.replace(/\s+/g, " ").trim();
}
