import { beforeAll, expect } from "vitest";

// The suites here drive finished forms by keyboard and pointer; the on-demand chunks are fetched first, as an app
// that calls preloadWidgets() at start does. *.on-demand.test.tsx suites see them load for the first time.
beforeAll(async () => {
  if (String(expect.getState().testPath).endsWith(".on-demand.test.tsx")) return;
  // Imported here, after the suite's own imports and vi.mock calls, so the form is the instance the suite sees.
  const { preloadWidgets } = await import("@model-forms/forms");
  await preloadWidgets();
});
