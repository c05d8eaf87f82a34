/**
 * Sources that follow the dataset's basis rules: an `article` item cites a paragraph of the source text
 * (with a short quote), a `context` item cites a public URL. Paragraph numbers stay within the source.
 */
import type { Source } from "@/lib/dataset/schema";
import type { Random } from "@/lib/random";
import { QUOTE_WORDS } from "./words";

/** How many paragraphs the synthetic source text has. */
export const SOURCE_PARAGRAPHS = 60;

function quote(rng: Random): string {
  const words: string[] = [];
  const length = rng.int(5, 14);
  for (let i = 0; i < length; i++) words.push(rng.pick(QUOTE_WORDS));
  return words.join(" ");
}

function url(id: string): string {
  // example.org is reserved for examples: the links never point at a real page.
  return `https://example.org/synthetic/${id}`;
}

/** The sources of one item: a paragraph with a quote for `article` (sometimes a URL too), a URL for `context`. */
export function makeSources(rng: Random, basis: "article" | "context", id: string): Source[] {
  if (basis === "context") return [{ url: url(id) }];
  const sources: Source[] = [{ paragraph: rng.int(1, SOURCE_PARAGRAPHS), quote: quote(rng) }];
  if (rng.chance(0.2)) sources.push({ url: url(id) });
  return sources;
}

/** `article` three times out of four. */
export function pickBasis(rng: Random): "article" | "context" {
  return rng.chance(0.75) ? "article" : "context";
}
