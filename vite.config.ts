import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Workspace packages resolve to their sources so tests, stories and benches never need a build first.
export const workspaceAliases = {
  "@model-forms/client/core": fileURLToPath(new URL("./packages/client/src/core.ts", import.meta.url)),
  "@model-forms/client": fileURLToPath(new URL("./packages/client/src/index.ts", import.meta.url)),
  "@model-forms/forms/core": fileURLToPath(new URL("./packages/forms/src/core/index.ts", import.meta.url)),
  "@model-forms/forms/generation.css": fileURLToPath(
    new URL("./packages/forms/src/generation/generation.css", import.meta.url),
  ),
  "@model-forms/forms/generation": fileURLToPath(new URL("./packages/forms/src/generation/index.ts", import.meta.url)),
  "@model-forms/forms/styles.css": fileURLToPath(new URL("./packages/forms/src/styles/styles.css", import.meta.url)),
  "@model-forms/forms": fileURLToPath(new URL("./packages/forms/src/index.ts", import.meta.url)),
};

export default defineConfig({
  // Tailwind compiles only stylesheets that `@import "tailwindcss"` (the "In a shadcn app" story's and the host-app
  // test's, both loaded `?inline` and injected only while mounted); every other stylesheet passes through untouched.
  plugins: [react(), tailwindcss()],
  resolve: { alias: workspaceAliases },
});
