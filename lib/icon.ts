/** The site's icon: a tie between two actors over a time line. One source for the page's link and /icon.svg. */
export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4e79"/>' +
  '<circle cx="10" cy="12" r="4" fill="#fff"/><circle cx="22" cy="20" r="4" fill="#fff"/>' +
  '<path d="M10 12L22 20" stroke="#fff" stroke-width="2"/><path d="M4 27h24" stroke="#9cc3e6" stroke-width="2"/></svg>';

/**
 * The page links the icon as a data URL: browsers look the icon up again after every history write, and the
 * URL follows a scrub up to ten times a second, so a linked file would cost a request (and its handling on
 * the page's main thread) every 100 ms of scrubbing.
 */
export const ICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`;
