import { defineConfig } from "tsdown";

export default defineConfig({
  // dist/index.js (everything) and dist/core.js (no HTTP client: the normalizer, constraints merge and errors).
  entry: ["src/index.ts", "src/core.ts"],
  format: ["esm"],
  // No declaration maps: they would point at src/, which is not shipped. JS maps embed their sources.
  dts: { sourcemap: false },
  sourcemap: true,
  clean: true,
  platform: "neutral",
});
