"use client";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { reloadIfServerAnswers } from "@/components/shared/retryableLazy";
import { formatIso } from "@/lib/dates";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import type { SearchHit } from "@/lib/search";
import styles from "./Search.module.css";

interface Props {
  index: IndexedDataset;
  onPick: (hit: SearchHit) => void;
}

/** A search box over actors and events with a keyboard-navigable list of results (↑/↓, Enter, Escape). */
export function Search({ index, onPick }: Props) {
  // The matcher loads when the box is first focused: most visits never search, so it stays out of the first load.
  const [engine, setEngine] = useState<typeof import("@/lib/search") | null>(null);
  // A failed load leaves the box usable as a box, with a line and Retry under it; a retry that fails too
  // reloads the page if the server answers (see retryableLazy: the failed chunk is not fetched again).
  const [failed, setFailed] = useState(0);
  const loadEngine = (retry = false) => {
    if (engine) return;
    import("@/lib/search").then(
      (loaded) => {
        setEngine(loaded);
        setFailed(0);
      },
      (error: unknown) => (retry ? reloadIfServerAnswers(error) : Promise.reject(error)).catch(() => setFailed((n) => n + 1)),
    );
  };
  const searchIndex = useMemo(() => engine?.buildSearchIndex(index), [engine, index]);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => (engine && searchIndex ? engine.search(searchIndex, deferred) : []), [engine, searchIndex, deferred]);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setQuery("");
    setActive(0);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && hits.length) {
      e.preventDefault();
      setActive((i) => (i + 1) % hits.length);
    } else if (e.key === "ArrowUp" && hits.length) {
      e.preventDefault();
      setActive((i) => (i - 1 + hits.length) % hits.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      // The list may still show the previous query's results (it is deferred): Enter acts on what was typed.
      const current = deferred === query || !engine || !searchIndex ? hits : engine.search(searchIndex, query);
      pick(current[Math.min(active, current.length - 1)]);
    } else if (e.key === "Escape" && query) {
      e.preventDefault();
      setQuery("");
    }
  };

  const showList = query.trim() !== "";
  return (
    <div className={styles.search}>
      <input
        type="search"
        aria-label="Search"
        placeholder="Search actors and events"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => loadEngine()}
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={showList && hits.length ? optionId(active) : undefined}
        aria-describedby={`${listId}-hint`}
        autoComplete="off"
        spellCheck={false}
        className={styles.input}
      />
      <span id={`${listId}-hint`} className="visually-hidden">
        Use the up and down arrows to choose a result and Enter to select it.
      </span>
      {failed > 0 && (
        <div role="alert" className="part-error">
          Search could not be loaded.{" "}
          <button type="button" className="button" onClick={() => loadEngine(true)}>
            Retry
          </button>
        </div>
      )}
      {showList && (
        <ul id={listId} role="listbox" aria-label="Search results" className={styles.results}>
          {engine && hits.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className={styles.empty}>
              No actor or event matches “{query}”
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={`${hit.type}:${hit.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? `${styles.option} ${styles.active}` : styles.option}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit)}
              onMouseEnter={() => setActive(i)}
            >
              <span className={styles.label}>{hit.label}</span>
              <span className={styles.detail}>
                {hit.type === "actor" ? hit.detail : hit.detail === "undated" ? "event, undated" : `event, ${formatIso(hit.detail)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
