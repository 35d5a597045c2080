import { copyFile, readFile, writeFile } from "node:fs/promises";
import { defineConfig } from "tsdown";

export default defineConfig({
  // dist/index.js (React, "use client") and dist/core.js (no React).
  entry: { index: "src/index.ts", core: "src/core/index.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  platform: "neutral",
  hooks: {
    "build:done": async () => {
      await copyFile("src/styles/styles.css", "dist/styles.css");
      // The React entry must stay a client module. tsdown 0.21 keeps the entry's directive; make sure of it.
      const index = await readFile("dist/index.js", "utf8");
      if (!/^["']use client["'];?/.test(index)) await writeFile("dist/index.js", `"use client";\n${index}`);
    },
  },
});
