"use client";
import { useCallback, useLayoutEffect, useRef, type ReactNode } from "react";
import { useDashboard } from "@/components/dashboard/viewContext";
import { useReturnFocus } from "./useReturnFocus";
import { useSwipeDown } from "./useSwipeDown";

interface Props {
  /** The id of what is shown: a new one starts at the top. */
  shown: string | null;
  children: ReactNode;
}

/**
 * What is selected, in Details. On a phone it is a sheet over the charts (details.css) that Close, a downward
 * swipe on its bar or Escape closes; on wider screens the bar is hidden and the sheet is Details' scrolling
 * body. It is not modal: the charts stay usable and focus stays where the reader put it.
 */
export function DetailsSheet({ shown, children }: Props) {
  const { store } = useDashboard();
  const sheet = useRef<HTMLDivElement>(null);
  // Closing clears the whole selection, so the sheet goes (Escape clears it a level at a time).
  const close = useCallback(() => store.setView((v) => ({ ...v, actor: null, event: null, tie: null })), [store]);
  const swipe = useSwipeDown(sheet, close);
  useReturnFocus(sheet);
  useLayoutEffect(() => {
    if (sheet.current) sheet.current.scrollTop = 0;
  }, [shown]);
  return (
    <div ref={sheet} className="details-sheet">
      <div className="sheet-bar" {...swipe}>
        <span className="sheet-grip" aria-hidden="true" />
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
      {children}
    </div>
  );
}
