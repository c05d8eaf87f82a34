/**
 * The view store: the one place the view state lives while the page is open. Views subscribe to the slice
 * they draw (a window change does not wake a subscriber of the selected actor); the URL follows the store
 * (see urlWriter.ts) instead of being the store. Plain TypeScript, so it is tested without React.
 */
import type { ViewState } from "./state";

/**
 * How a change came about: "discrete" starts a history entry (a click, or the first step of a gesture),
 * "continuous" continues the current gesture (replaces the entry), "restore" came from the URL itself
 * (back/forward) and is not written back.
 */
export type ChangeKind = "discrete" | "continuous" | "restore";

/** The store's state: the view (what the URL holds) and requests to the views that are not part of it. */
export interface StoreState {
  view: ViewState;
  /** Incremented to ask the Network to frame the current selection ("Show in network"). */
  frameNetwork: number;
}

/** Called after a change with the new state, the previous one and how the change came about. */
export type Listener = (state: StoreState, previous: StoreState, kind: ChangeKind) => void;

/** The store's interface. */
export interface ViewStore {
  get(): StoreState;
  /** Applies `update` to the view; listeners are told only when the view actually changed. */
  setView(update: (view: ViewState) => ViewState, kind?: ChangeKind): void;
  /** Asks the Network view to frame the current selection. */
  requestNetworkFrame(): void;
  /** Subscribes to every change (the form `useSyncExternalStore` wants). */
  subscribe(listener: () => void): () => void;
  /**
   * Subscribes to a slice: `listener` runs only when `select(state)` is no longer `Object.is` the previous
   * value. Fields of the view keep their identity across changes of other fields, so selecting a field works.
   */
  watch<T>(select: (state: StoreState) => T, listener: (value: T, kind: ChangeKind) => void): () => void;
  /** Subscribes with the change's kind (for the URL writer). */
  listen(listener: Listener): () => void;
}

/** Creates a store holding `view`. */
export function createViewStore(view: ViewState): ViewStore {
  let state: StoreState = { view, frameNetwork: 0 };
  const listeners = new Set<Listener>();

  const emit = (next: StoreState, kind: ChangeKind) => {
    const previous = state;
    state = next;
    for (const listener of [...listeners]) listener(state, previous, kind);
  };
  const listen = (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  return {
    get: () => state,
    setView(update, kind = "discrete") {
      const next = update(state.view);
      if (next === state.view || sameView(next, state.view)) return;
      // Keep the identity of unchanged fields' values, so slice subscribers of them are not woken.
      emit({ ...state, view: next.themes !== state.view.themes && sameList(next.themes, state.view.themes) ? { ...next, themes: state.view.themes } : next }, kind);
    },
    requestNetworkFrame() {
      emit({ ...state, frameNetwork: state.frameNetwork + 1 }, "restore");
    },
    subscribe: (listener) => listen(() => listener()),
    watch(select, listener) {
      let current = select(state);
      return listen((next, _previous, kind) => {
        const value = select(next);
        if (Object.is(value, current)) return;
        current = value;
        listener(value, kind);
      });
    },
    listen,
  };
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameRange(a: ViewState["compare"], b: ViewState["compare"]): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

/** True when two views hold the same values. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return a.from === b.from && a.to === b.to && a.actor === b.actor && a.event === b.event && a.tie === b.tie && a.step === b.step && sameRange(a.compare, b.compare) && sameList(a.themes, b.themes);
}
