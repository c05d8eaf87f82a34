/**
 * When the detail view shows bins rather than one mark per event. At rest the contract decides: bins above
 * MAX_EVENT_BUTTONS events in the window, single marks at that many or fewer. While the window moves (a held
 * key, a drag, Play) the view keeps what it shows between MOTION_MAX_MARKS and MAX_EVENT_BUTTONS: bins stay bins
 * until the window holds MOTION_MAX_MARKS events or fewer, and marks stay marks until it holds more than
 * MAX_EVENT_BUTTONS. A drag to and fro across one threshold then never flips the view at every step, and a held
 * scrub lays out and draws at most MOTION_MAX_MARKS new single marks in the frame that brings them in (at 300,
 * that frame took 50–100 ms the first time after load on a 2-core machine; see docs/performance.md).
 */

/** At most this many events in the window: each is its own button (ui-contract: "With 300 or fewer…"). */
export const MAX_EVENT_BUTTONS = 300;

/** While the window moves, bins give way to single marks only at this many events or fewer. */
export const MOTION_MAX_MARKS = 150;

/** Whether the view shows bins for `count` events in the window, given whether it showed bins before. */
export function showsBins(count: number, moving: boolean, binnedBefore: boolean): boolean {
  if (count > MAX_EVENT_BUTTONS) return true;
  return moving && binnedBefore && count > MOTION_MAX_MARKS;
}
