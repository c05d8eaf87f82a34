/** A network layout computed ahead (on the server): x, y per node in the layout graph's node order. */
export interface PrecomputedLayout {
  /** The layout graph's key: the layout applies only to that graph. */
  key: string;
  /** Positions rounded to 0.01, two numbers per node. */
  xy: number[];
}
