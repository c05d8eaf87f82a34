/** The window event that asks the Network view to frame the current selection. */
export const SHOW_IN_NETWORK = "dashboard:show-in-network";

/** Scrolls the Network region into view and asks it to frame what is selected. */
export function showInNetwork() {
  document.querySelector('section[aria-label="Network"]')?.scrollIntoView({ block: "nearest" });
  window.dispatchEvent(new Event(SHOW_IN_NETWORK));
}
