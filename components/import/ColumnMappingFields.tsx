"use client";
/** The mapping step of an event table: one select per field, pre-filled from the recognised headers. */
import { useId } from "react";
import { MAP_FIELDS, type ColumnMapping, type MapField } from "@/lib/import/types";
import styles from "./Import.module.css";

const LABELS: Record<MapField, string> = { date: "Date", end: "End date", title: "Title", actors: "Actors", themes: "Themes", url: "Source URL", description: "Description" };

// Several columns feed one field (ACLED's four actor columns); a select value holds them joined by a newline.
const SEP = "\n";

interface Props {
  header: readonly string[];
  /** The mapping in force (suggested, with the person's changes). */
  mapping: ColumnMapping;
  /** Recognised multi-column choices, offered as one option. */
  suggested: ColumnMapping;
  onChange: (field: MapField, columns: string[]) => void;
}

/** Selects named Date, End date, Title, Actors, Themes, Source URL and Description. */
export function ColumnMappingFields({ header, mapping, suggested, onChange }: Props) {
  // Labels point at their selects by id: a label wrapping a select would take the options into its name.
  const idPrefix = useId();
  return (
    <fieldset className={styles.mapping}>
      <legend>Columns</legend>
      {MAP_FIELDS.map((field) => {
        const combined = (suggested[field]?.length ?? 0) > 1 ? suggested[field]! : null;
        const value = (mapping[field] ?? []).join(SEP);
        return (
          <div key={field} className={styles.field}>
            <label htmlFor={`${idPrefix}-${field}`}>{LABELS[field]}</label>
            <select id={`${idPrefix}-${field}`} value={value} onChange={(e) => onChange(field, e.target.value ? e.target.value.split(SEP) : [])}>
              <option value="">(none)</option>
              {combined && <option value={combined.join(SEP)}>{combined.join(" + ")}</option>}
              {header.filter(Boolean).map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
