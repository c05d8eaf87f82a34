import "@testing-library/jest-dom/vitest";

// jsdom has no canvas: its getContext prints "Not implemented" on every call. Returning null is what a
// browser without 2D canvas support does, so code under test takes its real no-canvas path, quietly.
// Tests that need a context can still vi.spyOn this and return one.
if (typeof HTMLCanvasElement !== "undefined") {
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return null;
  } as typeof HTMLCanvasElement.prototype.getContext;
}
