// The workspace packages' entry points as TypeScript sources, for the esbuild scripts that bundle from source (the
// bench page, the form screenshots, the compile ratio). One list, so a new public subpath reaches them all: esbuild
// reads "@model-forms/client" as a prefix, so each subpath is listed before its package.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** esbuild `alias` entries: `@model-forms/<package>[/<subpath>]` -> its source file. */
export const workspaceAliases = {
  "@model-forms/client/core": path.join(root, "packages/client/src/core.ts"),
  "@model-forms/client": path.join(root, "packages/client/src/index.ts"),
  "@model-forms/forms/core": path.join(root, "packages/forms/src/core/index.ts"),
  "@model-forms/forms/generation": path.join(root, "packages/forms/src/generation/index.ts"),
  "@model-forms/forms": path.join(root, "packages/forms/src/index.ts"),
};
