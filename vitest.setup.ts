import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll, expect } from "vitest";

// jsdom lacks these browser APIs that Radix Select and Slider call.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView ??= () => {};
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.setPointerCapture ??= () => {};
Element.prototype.releasePointerCapture ??= () => {};
afterEach(() => cleanup());

// Every suite starts with the on-demand widget code in (Radix Select, the reference manager, the long select's list),
// as an app that calls preloadWidgets() at start does (nothing waits for a chunk); *.on-demand.test.tsx suites see
// it load for the first time.
beforeAll(async () => {
  if (String(expect.getState().testPath).endsWith(".on-demand.test.tsx")) return;
  // Imported here, after the suite's own imports and vi.mock calls, so the form is the instance the suite sees.
  const { preloadWidgets } = await import("@model-forms/forms");
  await preloadWidgets();
});
