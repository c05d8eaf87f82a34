/** A synthetic event table (CSV, one row per event, three actors each) for measuring imports. Deterministic. */

/** `rows` events over 2020–2024 among `actors` names, each with three distinct actors, a type and a note. */
export function syntheticEventsCsv(rows: number, actors = 1000): string {
  const names = Array.from({ length: actors }, (_, i) => `Actor ${i + 1}`);
  const types = ["Battles", "Protests", "Riots", "Strategic developments", "Violence against civilians"];
  const lines = ["event_date,event_type,title,actors,notes"];
  for (let i = 0; i < rows; i++) {
    const year = 2020 + (i % 5);
    const month = String(((i * 7) % 12) + 1).padStart(2, "0");
    const day = String(((i * 13) % 28) + 1).padStart(2, "0");
    const a = i % actors;
    const b = (i * 7 + 1) % actors;
    const c = (i * 31 + 2) % actors;
    const third = c === a || c === b ? (c + 3) % actors : c;
    lines.push(`${year}-${month}-${day},${types[i % types.length]},"Event ${i + 1}, in town ${i % 97}",${names[a]};${names[b === a ? (b + 1) % actors : b]};${names[third]},"Note about event ${i + 1}."`);
  }
  return `${lines.join("\n")}\n`;
}
