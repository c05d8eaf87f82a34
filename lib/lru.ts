/** A small least-recently-used cache: `get` with a fallback computes and keeps at most `size` values. */
export interface Lru<K, V> {
  get(key: K, compute: () => V): V;
  readonly size: number;
}

/** Creates an LRU cache holding at most `capacity` values. */
export function createLru<K, V>(capacity: number): Lru<K, V> {
  const entries = new Map<K, V>();
  return {
    get(key, compute) {
      if (entries.has(key)) {
        const value = entries.get(key) as V;
        // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
        entries.delete(key);
        entries.set(key, value);
        return value;
      }
      const value = compute();
      if (entries.size >= capacity) entries.delete(entries.keys().next().value as K);
      entries.set(key, value);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}
