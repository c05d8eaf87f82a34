import type { ThemeId } from "@/lib/dataset/ids";
import type { IndexedDataset } from "@/lib/dataset/indexed";
import { themeColors } from "@/lib/palette";

/** The themes of an item, each with its colour swatch. */
export function ThemeTags({ themes, index }: { themes: readonly ThemeId[]; index: IndexedDataset }) {
  if (themes.length === 0) return null;
  const colors = themeColors(index.dataset.themes.map((t) => t.id));
  return (
    <>
      <h3>Themes</h3>
      <ul className="theme-tags">
        {themes.map((id) => (
          <li key={id}>
            <span className="swatch" style={{ background: colors.get(id) }} aria-hidden="true" />
            {index.themeById.get(id)?.label ?? id}
          </li>
        ))}
      </ul>
    </>
  );
}
