// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { OverviewHistogram } from "@/components/timeline/OverviewHistogram";

afterEach(cleanup);

const bins = [
  { start: 0, end: 9, count: 3, lanes: [2, 1] },
  { start: 10, end: 19, count: 0, lanes: [0, 0] },
  { start: 20, end: 29, count: 1, lanes: [0, 1] },
];
const props = { bins, colors: ["#111", "#222"], actorBins: null, ticks: [], x: (day: number) => day * 10, width: 300, chartHeight: 40, height: 60, asOfX: null, bands: [] };

/** The box over the window and the full-strength copy of the bars in it. */
function windowBars(container: HTMLElement) {
  const box = container.querySelector<HTMLElement>("div[aria-hidden='true']")!;
  const copy = box.querySelector("svg")!;
  return { box, copy, use: copy.querySelector("use")! };
}

describe("OverviewHistogram", () => {
  it("shows the bars at full strength through a box over the window, the copy shifted back so each bar stays over its day", () => {
    const { container, rerender } = render(<OverviewHistogram {...props} windowX0={100} windowX1={250} />);
    let { box, copy, use } = windowBars(container);
    expect(box.style.transform).toBe("translateX(100px)");
    expect(box.style.width).toBe("150px");
    expect(copy.style.transform).toBe("translateX(-100px)");
    // The copy draws the faint bars' own group: one set of bars, drawn twice.
    const bars = container.querySelector(`[id="${use.getAttribute("href")!.slice(1)}"]`)!;
    // One path per lane, in the lane's colour.
    expect([...bars.querySelectorAll("path")].map((p) => p.getAttribute("fill"))).toEqual(["#111", "#222"]);
    expect(bars.closest("svg")).not.toBe(copy);

    rerender(<OverviewHistogram {...props} windowX0={40} windowX1={70} />);
    ({ box, copy, use } = windowBars(container));
    expect(box.style.transform).toBe("translateX(40px)");
    expect(box.style.width).toBe("30px");
    expect(copy.style.transform).toBe("translateX(-40px)");
  });

  it("gives an empty window no width rather than a negative one", () => {
    const { container } = render(<OverviewHistogram {...props} windowX0={120} windowX1={110} />);
    expect(windowBars(container).box.style.width).toBe("0px");
  });
});
