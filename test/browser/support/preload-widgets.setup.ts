import { preloadWidgets } from "@model-forms/forms";
import { beforeAll } from "vitest";

// The suites here drive finished forms by keyboard and pointer; the on-demand chunks are fetched first, as an app
// that wants no loading frame would do.
beforeAll(() => preloadWidgets());
