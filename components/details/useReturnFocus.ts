"use client";
import { useLayoutEffect, type RefObject } from "react";

/**
 * When a part that holds focus goes away (Details closed with its own Close button, or Escape pressed inside
 * it), focus goes back to what had it when the part appeared (the event or actor that was picked), instead
 * of falling to the top of the page.
 */
export function useReturnFocus(part: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const node = part.current;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && !node?.contains(active) ? active : null;
    // Layout effects are cleaned up before React removes the part's nodes, so focus can still be seen inside.
    return () => {
      if (node?.contains(document.activeElement) && opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [part]);
}
