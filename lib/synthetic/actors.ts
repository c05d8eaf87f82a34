/**
 * Synthetic actors with unique names and ids. States come first: the preferential-attachment graph
 * grows in this order, so the earliest actors become the hubs, as states are in the real data.
 */
import type { ActorId } from "@/lib/dataset/ids";
import type { Actor, ActorKind } from "@/lib/dataset/schema";
import type { Random } from "@/lib/random";
import {
  GIVEN_NAMES,
  GROUP_PATTERNS,
  MEDIA_PATTERNS,
  OFFICIAL_ROLES,
  ORGANIZATION_PATTERNS,
  PARTY_PATTERNS,
  PLACE_ENDINGS,
  REGION_PATTERNS,
  SYLLABLES,
} from "./words";

const KINDS: readonly ActorKind[] = ["state", "leader", "official", "organization", "party", "group", "media", "region"];
const KIND_WEIGHTS = [0.03, 0.14, 0.3, 0.15, 0.1, 0.13, 0.08, 0.07];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function stem(rng: Random): string {
  let word = "";
  const parts = rng.int(1, 2);
  for (let i = 0; i < parts; i++) word += rng.pick(SYLLABLES);
  return word;
}

function placeName(rng: Random): string {
  return capitalise(stem(rng) + rng.pick(PLACE_ENDINGS));
}

function personName(rng: Random): string {
  return `${rng.pick(GIVEN_NAMES)} ${capitalise(stem(rng) + rng.pick(["ov", "ian", "son", "ski", "er", "i"]))}`;
}

function nameFor(kind: ActorKind, rng: Random): string {
  const fill = (patterns: readonly string[]) => rng.pick(patterns).replace("#", placeName(rng));
  switch (kind) {
    case "state":
      return placeName(rng);
    case "leader":
    case "official":
    case "person":
      return personName(rng);
    case "organization":
      return fill(ORGANIZATION_PATTERNS);
    case "party":
      return fill(PARTY_PATTERNS);
    case "group":
      return fill(GROUP_PATTERNS);
    case "media":
      return fill(MEDIA_PATTERNS);
    case "region":
      return fill(REGION_PATTERNS);
    default:
      return fill(GROUP_PATTERNS);
  }
}

/** A name's id: lowercase ASCII words joined by single hyphens. */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ø/g, "o")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Returns a name not yet used: retries a few times, then numbers it (names must be unique in a dataset). */
function uniqueName(kind: ActorKind, rng: Random, used: Set<string>): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const name = nameFor(kind, rng);
    if (!used.has(name)) return name;
  }
  const base = nameFor(kind, rng);
  let n = 2;
  while (used.has(`${base} ${n}`)) n++;
  return `${base} ${n}`;
}

function uniqueId(name: string, used: Set<string>): string {
  const base = slugify(name) || "actor";
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function describe(kind: ActorKind, affiliationName: string | undefined, rng: Random): string {
  if (kind === "leader") return `Synthetic leader${affiliationName ? ` of ${affiliationName}` : ""}.`;
  if (kind === "official") return `Synthetic ${rng.pick(OFFICIAL_ROLES)}${affiliationName ? ` of ${affiliationName}` : ""}.`;
  return `Synthetic ${kind}.`;
}

/** `count` actors: the first few are states (future hubs), the rest drawn from a realistic mix of kinds. */
export function makeActors(rng: Random, count: number): Actor[] {
  const stateCount = Math.min(count, Math.max(3, Math.round(count * 0.04)));
  const names = new Set<string>();
  const ids = new Set<string>();
  const actors: Actor[] = [];
  const states: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i < stateCount ? "state" : KINDS[rng.weighted(KIND_WEIGHTS)]!;
    const name = uniqueName(kind, rng, names);
    names.add(name);
    const id = uniqueId(name, ids);
    ids.add(id);
    // People mostly belong to one of the early (large) states.
    const affiliation =
      (kind === "leader" || kind === "official") && states.length > 0 && rng.chance(0.8)
        ? states[Math.min(states.length - 1, Math.floor(rng.next() ** 2 * states.length))]
        : undefined;
    const actor: Actor = { id: id as ActorId, name, kind, description: describe(kind, affiliation?.name, rng) };
    if (affiliation) actor.affiliation = affiliation.id;
    if (kind === "state" && rng.chance(0.5)) actor.aliases = [`${name} City`];
    actors.push(actor);
    if (kind === "state") states.push(actor);
  }
  return actors;
}
