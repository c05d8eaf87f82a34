/**
 * Datasets opened in this browser, kept in IndexedDB (never sent to the server). Summaries and datasets
 * live in two stores, so listing them for the Dataset picker does not read every dataset.
 */
import type { DBSchema, IDBPDatabase } from "idb";
import type { Dataset } from "@/lib/dataset/schema";

/** What the Dataset picker lists. */
export interface LocalSummary {
  id: string;
  title: string;
  events: number;
  actors: number;
  ties: number;
  savedAt: number;
}

interface Schema extends DBSchema {
  summaries: { key: string; value: LocalSummary };
  datasets: { key: string; value: { id: string; dataset: Dataset } };
}

export { LOCAL_PREFIX } from "./localId";

let opening: Promise<IDBPDatabase<Schema>> | null = null;

function database(): Promise<IDBPDatabase<Schema>> {
  // idb is loaded on first use: the first paint of the dashboard does not need it.
  opening ??= import("idb").then(({ openDB }) =>
    openDB<Schema>("linked-dashboard", 1, {
      upgrade(db) {
        db.createObjectStore("summaries", { keyPath: "id" });
        db.createObjectStore("datasets", { keyPath: "id" });
      },
    }),
  );
  return opening;
}

/** Every dataset of this browser, newest first. */
export async function listLocalDatasets(): Promise<LocalSummary[]> {
  const db = await database();
  return (await db.getAll("summaries")).sort((a, b) => b.savedAt - a.savedAt);
}

/** One dataset of this browser, or null. */
export async function loadLocalDataset(id: string): Promise<Dataset | null> {
  const db = await database();
  return (await db.get("datasets", id))?.dataset ?? null;
}

/** Saves a dataset (replacing one with the same id) in one transaction. */
export async function saveLocalDataset(dataset: Dataset): Promise<void> {
  const db = await database();
  const tx = db.transaction(["summaries", "datasets"], "readwrite");
  const summary: LocalSummary = { id: dataset.id, title: dataset.title, events: dataset.events.length, actors: dataset.actors.length, ties: dataset.ties.length, savedAt: Date.now() };
  await Promise.all([tx.objectStore("datasets").put({ id: dataset.id, dataset }), tx.objectStore("summaries").put(summary), tx.done]);
}

/** Removes a dataset of this browser. */
export async function removeLocalDataset(id: string): Promise<void> {
  const db = await database();
  const tx = db.transaction(["summaries", "datasets"], "readwrite");
  await Promise.all([tx.objectStore("datasets").delete(id), tx.objectStore("summaries").delete(id), tx.done]);
}
