/**
 * Search over actor names and aliases, event titles, event dates ("7 January", "Jan 2025") and, below every
 * title match, event summaries; forgiving of case and diacritics. Exact and prefix matches come first;
 * misspellings ("Turkey" and "turkiye" find Türkiye) are tried only when nothing matches exactly, so
 * "Hajiyev" finds Hajiyev and not Haniyeh. Pure; the index is built once per dataset.
 */
import type { ActorId, EventId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { dateScore, parseDateQuery, type DateQuery } from "@/lib/searchDates";

/** One thing search can find. */
export type SearchHit =
  | { type: "actor"; id: ActorId; label: string; detail: string; score: number }
  | { type: "event"; id: EventId; label: string; detail: string; score: number };

interface Entry {
  hit: Omit<SearchHit, "score">;
  /** Normalised texts to match: the name or title first, then aliases. */
  texts: string[];
  words: string[];
  /** An event's normalised summary and its words: matched only when the title does not match. */
  summary?: { text: string; words: string[] };
  /** An event's days (epoch days; infinite when undated). */
  days?: { start: number; end: number };
}

/** A prepared search index for one dataset. */
export interface SearchIndex {
  entries: Entry[];
}

/** Lowercase, without diacritics or punctuation: "Türkiye's" → "turkiyes". */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ı/g, "i")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Edit distance with transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prev2[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Builds the search index of a dataset. */
export function buildSearchIndex(index: IndexedDataset): SearchIndex {
  const entries: Entry[] = [];
  for (const actor of index.dataset.actors) {
    const texts = [actor.name, ...(actor.aliases ?? [])].map(normalize);
    entries.push({ hit: { type: "actor", id: actor.id, label: actor.name, detail: actor.kind }, texts, words: texts.flatMap((t) => t.split(" ")) });
  }
  for (const { event, start, end } of index.events) {
    const texts = [normalize(event.title)];
    const summary = normalize(event.summary);
    entries.push({
      hit: { type: "event", id: event.id, label: event.title, detail: event.date?.start ?? "undated" },
      texts,
      words: texts[0]!.split(" "),
      summary: { text: summary, words: summary.split(" ") },
      days: { start, end },
    });
  }
  return { entries };
}

function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

const WORD_PREFIX = 40;
const WORD_TYPO = 30;
const TYPO_PENALTY = 8;
/** The lowest score a title or name match can have: a word with the most typos allowed. */
const WEAKEST_TITLE_MATCH = WORD_TYPO - allowedTypos(Infinity) * TYPO_PENALTY;
// Summary matches score below every title match, so a summary never outranks a title. No typos there:
// summaries are long, and fuzzy matching across them finds noise.
const SUMMARY_PHRASE = WEAKEST_TITLE_MATCH - 2;
const SUMMARY_WORDS = WEAKEST_TITLE_MATCH - 4;

/** Whether every query word starts some word of the text. */
const everyWordStarts = (queryWords: string[], words: string[]) => queryWords.every((q) => words.some((w) => w.startsWith(q)));

function scoreSummary(entry: Entry, query: string, queryWords: string[]): number {
  if (!entry.summary) return 0;
  if (entry.summary.text.includes(query)) return SUMMARY_PHRASE;
  return everyWordStarts(queryWords, entry.summary.words) ? SUMMARY_WORDS : 0;
}

/** How well one entry matches the query (higher is better, 0 is no match), and whether only by a misspelling. */
function scoreEntry(entry: Entry, query: string, queryWords: string[], date: DateQuery | null): { score: number; fuzzy: boolean } {
  const title = scoreTitle(entry, query, queryWords);
  if (title.score > 0 && !title.fuzzy) return title;
  const onDate = date && entry.days ? dateScore(date, entry.days.start, entry.days.end) : 0;
  if (onDate > 0) return { score: onDate, fuzzy: false };
  const summary = scoreSummary(entry, query, queryWords);
  if (summary > 0) return { score: summary, fuzzy: false };
  return title;
}

/** How well the name, title or an alias matches the query, and whether some word matched only with typos. */
function scoreTitle(entry: Entry, query: string, queryWords: string[]): { score: number; fuzzy: boolean } {
  let score = 0;
  entry.texts.forEach((text, i) => {
    const alias = i > 0 ? 5 : 0; // the name itself beats an alias
    if (text === query) score = Math.max(score, 100 - alias);
    else if (text.startsWith(query)) score = Math.max(score, 80 - alias);
    else if (text.includes(query)) score = Math.max(score, 60 - alias);
  });
  if (score > 0) return { score, fuzzy: false };
  // Every query word must match some word of the entry, by prefix or with a few typos.
  let total = 0;
  let fuzzy = false;
  for (const word of queryWords) {
    let best = 0;
    for (const candidate of entry.words) {
      if (candidate.startsWith(word)) best = Math.max(best, WORD_PREFIX);
      else {
        const max = allowedTypos(word.length);
        if (max === 0) continue;
        const distance = Math.min(editDistance(word, candidate, max), editDistance(word, candidate.slice(0, word.length), max));
        if (distance <= max) best = Math.max(best, WORD_TYPO - distance * TYPO_PENALTY);
      }
    }
    if (best === 0) return { score: 0, fuzzy: false };
    if (best < WORD_PREFIX) fuzzy = true;
    total += best;
  }
  return { score: total / queryWords.length, fuzzy };
}

/** The best hits for a query, actors first on ties, then events in date order, at most `limit`. */
export function search(searchIndex: SearchIndex, query: string, limit = 8): SearchHit[] {
  const normalized = normalize(query);
  if (!normalized) return [];
  const words = normalized.split(" ");
  const date = parseDateQuery(query, words);
  const exact: SearchHit[] = [];
  const fuzzy: SearchHit[] = [];
  for (const entry of searchIndex.entries) {
    const { score, fuzzy: misspelt } = scoreEntry(entry, normalized, words, date);
    if (score > 0) (misspelt ? fuzzy : exact).push({ ...entry.hit, score } as SearchHit);
  }
  // Misspellings only when nothing matches as typed: otherwise they bury what was meant under look-alikes.
  const hits = exact.length > 0 ? exact : fuzzy;
  return hits
    .sort((a, b) => b.score - a.score || (a.type === b.type ? (a.type === "event" ? a.detail.localeCompare(b.detail) : 0) || a.label.localeCompare(b.label) : a.type === "actor" ? -1 : 1))
    .slice(0, limit);
}
