/** A clock and timers under the test's control, for code that takes them injected (lib/view/burst.ts). */
export function fakeClock() {
  let time = 0;
  let timers: Array<{ at: number; run: () => void; id: number }> = [];
  let nextId = 1;
  return {
    now: () => time,
    setTimer: (run: () => void, ms: number): unknown => {
      timers.push({ at: time + ms, run, id: nextId });
      return nextId++;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((t) => t.id !== id);
    },
    /** Moves time on by `ms`, firing the timers that fall due on the way, in order. */
    advance: (ms: number) => {
      const end = time + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        time = due.at;
        timers = timers.filter((t) => t !== due);
        due.run();
      }
      time = end;
    },
  };
}
