/**
 * A detail-view row's geometry, shared by the marks' boxes, the rows' layout and the picture drawn while the
 * window moves: the text track (one or two lines) on top, the bar track under it.
 */
export const TEXT_HEIGHT = 14;
export const LINE_HEIGHT = 14;
/** A one-line row; a row holding a wrapped title is LINE_HEIGHT taller. */
export const ROW_HEIGHT = 19;
/** A bar's thickness in the bar track. */
export const BAR_HEIGHT = 4;
/** A point's diameter is POINT_SIZE (marks.ts); its dot sits this far below the row's top. */
export const DOT_TOP = 2;
