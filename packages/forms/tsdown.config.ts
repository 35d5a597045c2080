import { copyFile, readFile, writeFile } from "node:fs/promises";
import { defineConfig } from "tsdown";

export default defineConfig({
  // dist/index.js and dist/generation.js (React, "use client") and dist/core.js (no React).
  entry: { index: "src/index.ts", core: "src/core/index.ts", generation: "src/generation/index.ts" },
  format: ["esm"],
  // No declaration maps: they would point at src/, which is not shipped. JS maps embed their sources.
  dts: { sourcemap: false },
  sourcemap: true,
  clean: true,
  platform: "neutral",
  unbundle: true,
  hooks: {
    "build:done": async () => {
      await copyFile("src/styles/styles.css", "dist/styles.css");
      await copyFile("src/generation/generation.css", "dist/generation.css");
      // The React entries must stay client modules. tsdown 0.21 keeps the entry's directive; make sure of it.
      for (const file of ["dist/index.js", "dist/generation.js"]) {
        const code = await readFile(file, "utf8");
        if (!/^["']use client["'];?/.test(code)) await writeFile(file, `"use client";\n${code}`);
      }
    },
  },
});
