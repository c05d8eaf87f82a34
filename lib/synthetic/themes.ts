/** The eight themes of the bundled dataset, reused so synthetic data looks like the real thing to every view. */
import type { ThemeId } from "@/lib/dataset/ids";
import type { Theme } from "@/lib/dataset/schema";

/** Theme ids, labels and the topic words synthetic titles draw from. */
const THEMES: { id: string; label: string; topics: string[] }[] = [
  { id: "us-azerbaijan", label: "US–Azerbaijan relations", topics: ["bilateral ties", "a trade accord", "an embassy dispute", "aid terms"] },
  { id: "peace-process", label: "Armenia–Azerbaijan peace process", topics: ["the peace treaty", "border delimitation", "a ceasefire", "transit routes"] },
  { id: "regional-security", label: "Russia, Iran and regional security", topics: ["troop movements", "a security pact", "sanctions", "air defence"] },
  {
    id: "great-power",
    label: "Great-power competition (China, Russia, Central Asia, BRICS)",
    topics: ["a BRICS bid", "the Middle Corridor", "energy exports", "an investment forum"],
  },
  { id: "ideology", label: "Ideology and values", topics: ["traditional values", "media freedom", "a rights report", "civil society"] },
  { id: "georgia", label: "Georgia", topics: ["the Tbilisi protests", "a foreign-agents law", "EU accession", "election results"] },
  { id: "mediation", label: "Global conflicts and mediation", topics: ["a hostage deal", "a humanitarian corridor", "prisoner exchanges", "a summit"] },
  { id: "us-style", label: "Trump's foreign-policy style", topics: ["tariffs", "a bilateral deal", "aid cuts", "a surprise announcement"] },
];

/** The themes as dataset records. */
export function syntheticThemes(): Theme[] {
  return THEMES.map(({ id, label }) => ({ id: id as ThemeId, label, description: `Synthetic items about ${label.toLowerCase()}.` }));
}

/** Topic words for the theme at a position. */
export function themeTopics(position: number): readonly string[] {
  return THEMES[position % THEMES.length]!.topics;
}

/** How often each theme is drawn: skewed, so filters have big and small themes. */
export const THEME_WEIGHTS: readonly number[] = [0.22, 0.18, 0.15, 0.12, 0.1, 0.09, 0.08, 0.06];
