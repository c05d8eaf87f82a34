import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Unmount whatever a test rendered (vitest has no globals here, so Testing Library cannot do it itself):
// a component left mounted keeps timers and layouts running into the next test file's environment.
if (typeof document !== "undefined") afterEach(cleanup);

// jsdom has no canvas: its getContext prints "Not implemented" on every call. Returning null is what a
// browser without 2D canvas support does, so code under test takes its real no-canvas path, quietly.
// Tests that need a context can still vi.spyOn this and return one.
if (typeof HTMLCanvasElement !== "undefined") {
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return null;
  } as typeof HTMLCanvasElement.prototype.getContext;
}
