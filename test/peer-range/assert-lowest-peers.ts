import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, expect } from "vitest";

// Setup of the forms-lowest project: it must really run on the lowest peers (a broken alias would silently test
// the newest), and the installed aliases must be the floors that packages/forms/package.json declares.
const require = createRequire(import.meta.url);
const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
const peers = (
  JSON.parse(readFileSync("packages/forms/package.json", "utf8")) as {
    peerDependencies: Record<string, string>;
  }
).peerDependencies;

beforeAll(async () => {
  for (const name of ["react-hook-form", "zod"])
    expect(version(`${name}-lowest`), `${name}-lowest is the floor of the peer range`).toBe(
      peers[name]?.replace(/^\^/, ""),
    );
  // What the code under test imports is the lowest copy, module for module.
  expect(await import("react-hook-form")).toBe(await import("react-hook-form-lowest"));
  expect(await import("zod/mini")).toBe(await import("zod-lowest/mini"));
});
