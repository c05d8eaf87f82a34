/**
 * The header's Export, Copy link and Cite row while its code loads: the same buttons, disabled, so the row
 * takes its final size from the first paint and nothing below it moves when the real one arrives.
 */
export function FindingsToolsPlaceholder() {
  return (
    <div className="findings-tools">
      {["Export", "Copy link", "Cite"].map((label) => (
        <button key={label} type="button" className="button" disabled>
          {label}
        </button>
      ))}
    </div>
  );
}
