// @vitest-environment jsdom
import { act, fireEvent, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The module keeps the first-visit registry: each test gets a fresh copy.
type Module = typeof import("@/components/shared/retryableLazy");
let lazyModule: Module;
beforeEach(async () => {
  vi.resetModules();
  lazyModule = await import("@/components/shared/retryableLazy");
});

/** A part whose code arrives when the test says so. */
function deferredPart(text: string) {
  const resolvers: Array<() => void> = [];
  const load = vi.fn(
    () =>
      new Promise<(props: { n: number }) => React.ReactElement>((resolve) => {
        resolvers.push(() => resolve(({ n }) => <p>{`${text} ${n}`}</p>));
      }),
  );
  const arrive = async () => {
    await act(async () => {
      for (const r of resolvers.splice(0)) r();
    });
  };
  return { load, arrive };
}

const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>Loading part…</p>}>{node}</Suspense>;

describe("retryableLazy", () => {
  it("renders a part whose code was preloaded at once, without suspending", async () => {
    const { load, arrive } = deferredPart("Part");
    const Part = lazyModule.retryableLazy(load);
    Part.preload();
    await arrive();
    render(inSuspense(<Part n={1} />));
    // No fallback in between: the part is in the first commit.
    expect(screen.getByText("Part 1")).toBeTruthy();
    expect(screen.queryByText("Loading part…")).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("without a preload, suspends on its first render and loads its code once", async () => {
    const { load, arrive } = deferredPart("Part");
    const Part = lazyModule.retryableLazy(load);
    const view = render(inSuspense(<Part n={1} />));
    expect(screen.getByText("Loading part…")).toBeTruthy();
    await arrive();
    expect(screen.getByText("Part 1")).toBeTruthy();
    view.rerender(inSuspense(<Part n={2} />));
    expect(screen.getByText("Part 2")).toBeTruthy();
    Part.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("preloads the first-visit parts together, and those registered later as they register, but no other part", () => {
    const first = deferredPart("First");
    const other = deferredPart("Other");
    const later = deferredPart("Later");
    lazyModule.retryableLazy(first.load, { firstVisit: true });
    lazyModule.retryableLazy(other.load);
    expect(first.load).not.toHaveBeenCalled();
    lazyModule.preloadFirstVisitParts();
    lazyModule.preloadFirstVisitParts();
    expect(first.load).toHaveBeenCalledTimes(1);
    lazyModule.retryableLazy(later.load, { firstVisit: true });
    expect(later.load).toHaveBeenCalledTimes(1);
    expect(other.load).not.toHaveBeenCalled();
  });

  it("a failed preload reaches the part's boundary, whose Retry loads the code again", async () => {
    const { PartBoundary } = await import("@/components/shared/PartBoundary");
    let fail = true;
    const load = vi.fn(() => (fail ? Promise.reject(new Error("chunk failed")) : Promise.resolve(({ n }: { n: number }) => <p>{`Part ${n}`}</p>)));
    const Part = lazyModule.retryableLazy(load);
    Part.preload();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await act(async () => {
      render(<PartBoundary name="The part">{inSuspense(<Part n={1} />)}</PartBoundary>);
    });
    expect(screen.getByRole("alert").textContent).toContain("The part could not be loaded.");
    fail = false;
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    });
    expect(await screen.findByText("Part 1")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    quiet.mockRestore();
  });
});
