import { bench, describe } from "vitest";
import { catalogBytes, measureCompileRatio, normalizeAndCompile } from "./__fixtures__/compile-catalog-ratio";

describe("234-model catalog", () => {
  bench("JSON.parse(bytes)", () => {
    JSON.parse(catalogBytes);
  });
  bench("JSON.parse(bytes) + normalize + compile every model", () => {
    normalizeAndCompile(JSON.parse(catalogBytes));
  });
});

// The ratio the target is about, printed plainly (medians, and fastest rounds). `node bench/compile-ratio.mjs` prints
// the same outside vitest (bundled by esbuild, no vite transform), which is the figure for BENCHMARKS.md.
const r = measureCompileRatio(100);
console.log(
  `normalize+compile / JSON.parse = ${r.ratio.toFixed(2)}× median, ${r.best.ratio.toFixed(2)}× fastest ` +
    `(${r.models} models, ${(r.bytes / 1024).toFixed(0)} KB; JSON.parse ${r.parseMs.toFixed(3)} ms, ` +
    `normalize ${r.normalizeMs.toFixed(3)} ms, compile ${r.compileMs.toFixed(3)} ms)`,
);
