// Prints (normalize + compile) / JSON.parse for the 234-model catalog: `node bench/compile-ratio.mjs [rounds]`.
// Node 20 cannot run TypeScript, so the measurement module is bundled with esbuild first.
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { workspaceAliases } from "../scripts/workspace-aliases.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = await build({
  entryPoints: [join(root, "packages/forms/src/core/__fixtures__/compile-catalog-ratio.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
  alias: workspaceAliases,
});
const file = join(tmpdir(), `compile-ratio-${process.pid}.mjs`);
writeFileSync(file, out.outputFiles[0].contents);
try {
  const { measureCompileRatio } = await import(pathToFileURL(file).href);
  const r = measureCompileRatio(Number(process.argv[2] ?? 300));
  console.log(`models: ${r.models}, catalog: ${(r.bytes / 1024).toFixed(1)} KB`);
  console.log(`JSON.parse (median):            ${r.parseMs.toFixed(3)} ms`);
  console.log(
    `normalize (client, median):     ${r.normalizeMs.toFixed(3)} ms  (${(r.normalizeMs / r.parseMs).toFixed(2)}x parse)`,
  );
  console.log(
    `compile (forms/core, median):   ${r.compileMs.toFixed(3)} ms  (${(r.compileMs / r.parseMs).toFixed(2)}x parse)`,
  );
  console.log(`normalize + compile (median):   ${r.normalizeCompileMs.toFixed(3)} ms`);
  console.log(`ratio (normalize+compile)/parse: ${r.ratio.toFixed(2)}x  (target <= 2)`);
  const b = r.best;
  console.log(
    `fastest rounds: parse ${b.parseMs.toFixed(3)} ms, normalize ${b.normalizeMs.toFixed(3)} ms, compile ${b.compileMs.toFixed(3)} ms, ` +
      `normalize+compile ${b.normalizeCompileMs.toFixed(3)} ms -> ratio ${b.ratio.toFixed(2)}x`,
  );
  console.log(`(eager schema construction for every form would add ${r.schemasMs.toFixed(3)} ms)`);
} finally {
  rmSync(file, { force: true });
}
