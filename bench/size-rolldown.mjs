#!/usr/bin/env node
// A cross-check of `pnpm size`'s forms-full row with another bundler: rolldown (Vite 8's), the same entry
// (`export { ModelParameterForm } from "@model-forms/forms"` from dist/, all but React), minified, split at import();
// prints what the import loads up front and on demand, each chunk gzip -9 on its own, as scripts/size.mjs does.
//
//   pnpm build && node bench/size-rolldown.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// rolldown comes with Vite (not a dependency of its own here): resolve it from there.
const fromVite = createRequire(createRequire(path.join(root, "package.json")).resolve("vite"));
const { build } = await import(pathToFileURL(fromVite.resolve("rolldown")).href);

const dir = path.join(root, ".tmp", "size-rolldown");
mkdirSync(dir, { recursive: true });
const entry = path.join(dir, "forms-full.js");
writeFileSync(
  entry,
  `export { ModelParameterForm } from ${JSON.stringify(path.join(root, "packages/forms/dist/index.js"))};\n`,
);
const out = await build({
  input: entry,
  external: [/^react(-dom)?(\/.*)?$/],
  write: false,
  platform: "browser",
  logLevel: "silent",
  transform: { define: { "process.env.NODE_ENV": '"production"' } },
  output: { format: "esm", minify: true },
});
const chunks = new Map(out.output.filter((c) => c.type === "chunk").map((c) => [c.fileName, c]));
const first = [...chunks.values()].find((c) => c.isEntry);
const upFront = new Set();
const visit = (name) => {
  if (upFront.has(name) || !chunks.has(name)) return;
  upFront.add(name);
  for (const imported of chunks.get(name).imports) visit(imported);
};
visit(first.fileName);
const gzip = (names) => names.reduce((sum, name) => sum + gzipSync(chunks.get(name).code, { level: 9 }).byteLength, 0);
const later = [...chunks.keys()].filter((name) => !upFront.has(name));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `forms-full with rolldown: ${kB(gzip([...upFront]))} gzip up front (${upFront.size} chunks), ${kB(gzip(later))} on demand in ${later.length}`,
);
