import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  // No declaration maps: they would point at src/, which is not shipped. JS maps embed their sources.
  dts: { sourcemap: false },
  sourcemap: true,
  clean: true,
  platform: "neutral",
});
