/** Word stock for synthetic names, titles and quotes (made-up, so no real person or place is implied). */

/** Syllables that compose place and family names. */
export const SYLLABLES = [
  "ar", "bel", "cor", "dan", "el", "fer", "gal", "hal", "is", "jor", "kal", "lor", "mar", "nor", "or", "pel",
  "quin", "ros", "sal", "tor", "ul", "val", "wen", "xan", "yor", "zel", "ba", "ki", "mo", "ne", "ta", "vi",
  "dra", "sto", "gré", "lü", "an", "es", "in", "om",
] as const;

/** Endings that make a syllable string read as a country or region. */
export const PLACE_ENDINGS = ["ia", "ova", "land", "istan", "ora", "eth", "amar", "ene"] as const;

/** Given names for people. */
export const GIVEN_NAMES = [
  "Arin", "Bela", "Cyra", "Dario", "Elif", "Farid", "Gita", "Hugo", "Ines", "Jonas", "Kamala", "Leyla", "Mirza",
  "Nadia", "Oskar", "Pavel", "Rena", "Samir", "Tamar", "Ulla", "Vusal", "Yana", "Zaur", "Aygün", "Søren",
] as const;

/** Patterns for organisation names; `#` is replaced by a place-like word. */
export const ORGANIZATION_PATTERNS = ["# Cooperation Council", "# Development Bank", "# Energy Company", "# Institute", "# Trade Forum"] as const;
/** Patterns for party names. */
export const PARTY_PATTERNS = ["# People's Party", "# Democratic Union", "Party of # Renewal", "# Civic Front"] as const;
/** Patterns for group names. */
export const GROUP_PATTERNS = ["# Liberation Front", "# Diaspora Committee", "# Veterans' Union", "Friends of #"] as const;
/** Patterns for media names. */
export const MEDIA_PATTERNS = ["# Daily", "# Broadcasting", "The # Observer", "# News Agency"] as const;
/** Patterns for region names. */
export const REGION_PATTERNS = ["North #", "# Highlands", "# Valley", "East #"] as const;
/** Titles of officials. */
export const OFFICIAL_ROLES = ["foreign minister", "ambassador", "envoy", "defence minister", "spokesperson", "adviser"] as const;

/** Verbs for event titles, from warm to hostile. */
export const EVENT_VERBS = [
  "signs an agreement with", "meets", "holds talks with", "hosts", "calls", "criticises", "warns", "sanctions", "accuses",
] as const;
/** Titles for events with one actor. */
export const SOLO_VERBS = ["announces a plan on", "issues a statement on", "holds a vote on", "publishes a report on"] as const;

/** Plain words for made-up quotes. */
export const QUOTE_WORDS = [
  "the", "government", "said", "that", "talks", "would", "continue", "despite", "tensions", "over", "new", "terms", "and",
  "officials", "expect", "progress", "soon", "while", "critics", "warn", "of", "risks", "for", "the", "region", "after",
  "months", "of", "delay", "a", "deal", "is", "close", "but", "not", "yet", "signed",
] as const;
