/**
 * Whether the canvas's drawing worker has a picture in hand: a tiny external store (for useSyncExternalStore)
 * that the canvas sets and the Network view reads, to build its next scene only when it can be drawn.
 */
export interface DrawGate {
  busy(): boolean;
  set(busy: boolean): void;
  subscribe(listener: () => void): () => void;
}

export function createDrawGate(): DrawGate {
  let busy = false;
  const listeners = new Set<() => void>();
  return {
    busy: () => busy,
    set(next) {
      if (next === busy) return;
      busy = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
