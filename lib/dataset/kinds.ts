/**
 * Actor and tie kinds with a look of their own, without the schema library, so the renderers can name
 * them without pulling zod into the first-load bundle. Any other kind is valid and drawn generically.
 */

/** Actor kinds with a shape and colour of their own. */
export const KNOWN_ACTOR_KINDS = ["state", "leader", "person", "official", "organization", "party", "group", "media", "region"] as const;

/** Tie kinds the bundled data uses. */
export const KNOWN_TIE_KINDS = [
  "alliance",
  "partnership",
  "cooperation",
  "affinity",
  "support",
  "mediation",
  "negotiation",
  "pressure",
  "criticism",
  "rivalry",
  "hostility",
  "conflict",
  "membership",
  "leadership",
] as const;
