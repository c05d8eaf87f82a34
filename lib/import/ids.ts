/** Ids from people's names: lowercase ASCII slugs, unique within their list. */
import { ID_PATTERN } from "@/lib/dataset/idShape";

const MAX_LENGTH = 60;

/** `"Ilham Aliyev"` → `"ilham-aliyev"`, `"Türkiye"` → `"turkiye"`; empty when nothing usable remains. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, "");
}

/** Hands out ids unique within one list: `summit`, `summit-2`, … and `<fallback>-<n>` for names with no letters. */
export class IdPool {
  private readonly used = new Set<string>();
  private counter = 0;

  constructor(private readonly fallback: string) {}

  /** A fresh id based on the text. */
  take(text: string): string {
    const base = slugify(text) || `${this.fallback}-${++this.counter}`;
    let id = base;
    for (let n = 2; this.used.has(id) || !ID_PATTERN.test(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}
