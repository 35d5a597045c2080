#!/usr/bin/env node
// Bundle budgets: bundles each entry with esbuild (minified ESM, browser, NODE_ENV=production), compresses it
// with gzip -9 and brotli, prints a table and exits 1 when any budget is exceeded.
//
//   node scripts/size.mjs                     measure the built dist/ when present, else the sources
//   node scripts/size.mjs --from-source       always bundle the TypeScript sources (no build needed)
//   node scripts/size.mjs --budgets file.json override budgets ({ "<id>": bytes | null }), also env SIZE_BUDGETS
//   node scripts/size.mjs --only a,b          measure only these ids
//   node scripts/size.mjs --verbose           print the per-package breakdown of every entry
//   node scripts/size.mjs --update            rewrite the size block of BENCHMARKS.md
//   node scripts/size.mjs --files             break our own code down per source file
//   node scripts/size.mjs --json out.json     write the results as JSON (default: bench/results/size.json when
//                                             run with the default budgets and every entry)
//
// Budgets are min+gzip bytes, 1 kB = 1000 bytes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * Enforced budgets in min+gzip bytes; `null` = reference row, measured but never failing. They are ratchets set
 * just above what we measure today, so any growth fails the check; lower them as the code shrinks.
 */
export const BUDGETS = {
  // Price (issue 13): forms-own +4.9 kB (estimator, PriceEstimate), forms-full +0.9 kB (endpoint record, add-ons).
  // Wave 2 merged (correctness, styles, server errors, price, generation): forms-own 25.1, client-own 6.3 (key
  // containment, bounded warnings), forms-full 78.7 kB from sources. Ratcheted there; issue 16 brings them down.
  "forms-own": 25_300,
  "client-own": 6_400,
  "forms-full": 78_900,
  "styles-css": 3_600, // the stylesheet, scoped and layered (issue 11) with the price rules (issue 13)
  // The whole generation entry incl. the form and price it renders (dist 32.8 kB, sources 33.9 kB).
  "generation-own": 34_300,
  "ref-rjsf": null,
  "ref-handwritten": null,
};

/** The targets of DESIGN.md, printed beside each row; missing one is reported, not failed (the budget fails). */
export const GOALS = {
  "forms-own": 8_000,
  "client-own": 4_000,
  "forms-full": 64_000,
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => path.join(root, ...parts);
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};

const budgetFile = option("--budgets") ?? process.env.SIZE_BUDGETS;
const budgets = { ...BUDGETS, ...(budgetFile ? readJson(path.resolve(budgetFile)) : {}) };
const only = option("--only")?.split(",");
const verbose = flag("--verbose");
// --files: break our own code down per file instead of per package.
const fileLevel = flag("--files");

const dist = {
  styles: at("packages/forms/dist/styles.css"),
  forms: at("packages/forms/dist/index.js"),
  formsCore: at("packages/forms/dist/core.js"),
  generation: at("packages/forms/dist/generation.js"),
  client: at("packages/client/dist/index.js"),
};
const src = {
  styles: at("packages/forms/src/styles/styles.css"),
  forms: at("packages/forms/src/index.ts"),
  formsCore: at("packages/forms/src/core/index.ts"),
  generation: at("packages/forms/src/generation/index.ts"),
  client: at("packages/client/src/index.ts"),
};
// What users install is dist/; measure it when the whole set was built, otherwise fall back to the sources.
const fromDist = !flag("--from-source") && Object.values(dist).every((file) => existsSync(file));
const files = fromDist ? dist : src;

const pkgExternals = (pkgDir) => {
  const pkg = readJson(at(pkgDir, "package.json"));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return names.flatMap((name) => [name, `${name}/*`]);
};
const reactOnly = ["react", "react/*", "react-dom", "react-dom/*"];

/** What each row bundles. `contents` is an ESM entry written as if in the repo root. */
const ENTRIES = [
  {
    id: "forms-own",
    label: "@model-forms/forms own code (React entry + core; deps and peers external)",
    // Namespace imports keep every export, so nothing of our own is tree-shaken away.
    contents: `import * as forms from ${JSON.stringify(files.forms)};\nimport * as core from ${JSON.stringify(files.formsCore)};\nexport { forms, core };`,
    external: [...new Set([...pkgExternals("packages/forms"), ...reactOnly])],
    needs: [files.forms, files.formsCore],
  },
  {
    id: "client-own",
    label: "@model-forms/client own code (zod external)",
    contents: `import * as client from ${JSON.stringify(files.client)};\nexport { client };`,
    external: pkgExternals("packages/client"),
    needs: [files.client],
  },
  {
    id: "forms-full",
    label: 'import { ModelParameterForm } from "@model-forms/forms" (all but React)',
    contents: `export { ModelParameterForm } from ${JSON.stringify(files.forms)};`,
    external: reactOnly,
    needs: [files.forms],
  },
  {
    id: "styles-css",
    label: "@model-forms/forms/styles.css (the optional stylesheet, minified)",
    css: files.styles,
    needs: [files.styles],
  },
  {
    id: "generation-own",
    label: "@model-forms/forms/generation own code (the whole entry, the form it renders included; deps external)",
    contents: `import * as generation from ${JSON.stringify(files.generation)};\nexport { generation };`,
    external: [...new Set([...pkgExternals("packages/forms"), ...reactOnly])],
    needs: [files.generation],
  },
  {
    id: "ref-rjsf",
    label: "reference: RJSF 6 @rjsf/core Form + @rjsf/validator-ajv8 (all but React)",
    contents: `export { default as Form } from "@rjsf/core";\nexport { default as validator } from "@rjsf/validator-ajv8";`,
    external: reactOnly,
    needs: [],
  },
  {
    id: "ref-handwritten",
    label: "reference: hand-written react-hook-form + Radix Select/Slider + zod form (all but React)",
    contents: `export * from ${JSON.stringify(at("bench/handwritten-form.tsx"))};`,
    external: reactOnly,
    needs: [at("bench/handwritten-form.tsx")],
  },
];

// The forms package imports the client by name: point it at the same flavour (dist or source) we measure.
const alias = { "@model-forms/client": files.client, "@model-forms/forms/core": files.formsCore };

/** `…/node_modules/.pnpm/x/node_modules/@scope/name/lib/a.js` -> `@scope/name`; our files -> `packages/<p>`. */
function owner(input, fileLevel) {
  const nm = input.lastIndexOf("node_modules/");
  if (nm !== -1) {
    const rest = input.slice(nm + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? input);
  }
  const ours = input.match(/packages\/([^/]+)\/(?:src|dist)\/(.*)$/);
  if (ours) return fileLevel ? `(own) ${ours[1]}/${ours[2]}` : `(own) ${ours[1]}`;
  return input.startsWith("bench/") ? `(own) ${input}` : input;
}

/** A stylesheet, minified by esbuild: its own row, no breakdown. */
async function measureCss(file) {
  const result = await build({ entryPoints: [file], bundle: true, minify: true, write: false, logLevel: "silent" });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };
  return {
    min: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, brotliOptions).byteLength,
    breakdown: [],
  };
}

async function measure(entry) {
  if (entry.css) return measureCss(entry.css);
  const { external } = entry;
  const result = await build({
    stdin: { contents: entry.contents, resolveDir: root, sourcefile: `${entry.id}.entry.mjs`, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    external,
    // An external package must not be swapped for its source by the alias.
    alias: Object.fromEntries(Object.entries(alias).filter(([name]) => !external.includes(name))),
    write: false,
    metafile: true,
    outfile: "out.js",
    logLevel: "silent",
  });
  const code = result.outputFiles.find((file) => file.path.endsWith(".js"))?.contents ?? new Uint8Array();
  const byOwner = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = owner(input, fileLevel);
      byOwner.set(key, (byOwner.get(key) ?? 0) + bytesInOutput);
    }
  }
  const breakdown = [...byOwner.entries()].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes > 0);
  return {
    min: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
    breakdown,
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const rows = [];
for (const entry of ENTRIES) {
  if (only && !only.includes(entry.id)) continue;
  const budget = budgets[entry.id] ?? null;
  const missing = entry.needs.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    rows.push({
      ...entry,
      budget,
      status: "missing",
      error: `not written yet: ${missing.map((f) => path.relative(root, f)).join(", ")}`,
    });
    continue;
  }
  try {
    const size = await measure(entry);
    const status = budget === null ? "ref" : size.gzip <= budget ? "ok" : "OVER";
    rows.push({ ...entry, budget, status, ...size });
  } catch (error) {
    rows.push({ ...entry, budget, status: "error", error: String(error?.message ?? error).split("\n")[0] });
  }
}

// The DESIGN.md target and whether this row meets it (informational: only budgets fail the run).
const goal = (row) => {
  const target = GOALS[row.id];
  if (target === undefined) return "–";
  return `${kB(target)}${row.gzip === undefined ? "" : row.gzip <= target ? " met" : " missed"}`;
};

const table = [
  "| entry | min | gzip | brotli | budget (gzip) | status | goal (gzip) |",
  "| --- | ---: | ---: | ---: | ---: | --- | --- |",
  ...rows.map((row) =>
    row.min === undefined
      ? `| ${row.id} | – | – | – | ${row.budget === null ? "–" : kB(row.budget)} | ${row.status}: ${row.error} | ${goal(row)} |`
      : `| ${row.id} | ${kB(row.min)} | ${kB(row.gzip)} | ${kB(row.brotli)} | ${row.budget === null ? "–" : kB(row.budget)} | ${row.status} | ${goal(row)} |`,
  ),
];
console.log(
  `Bundle sizes (esbuild 0.28 minified ESM, gzip -9, brotli 11; measured from ${fromDist ? "dist/" : "sources"})\n`,
);
console.log(table.join("\n"));
for (const row of rows) {
  if (!row.breakdown || !(verbose || row.status === "OVER" || row.id === "forms-full")) continue;
  console.log(`\n${row.id}: ${row.label}; minified bytes by package:`);
  for (const [name, bytes] of row.breakdown.slice(0, verbose ? undefined : 10)) {
    console.log(`  ${kB(bytes).padStart(9)}  ${name}`);
  }
}

const failed = rows.filter(
  (row) => row.status === "OVER" || (row.budget !== null && (row.status === "error" || row.status === "missing")),
);
const jsonOut = option("--json") ?? (!budgetFile && !only ? at("bench/results/size.json") : undefined);
if (jsonOut) {
  mkdirSync(path.dirname(jsonOut), { recursive: true });
  const json = {
    measuredFrom: fromDist ? "dist" : "source",
    esbuild: "0.28.2",
    node: process.version,
    rows: rows.map(({ id, label, min, gzip, brotli, budget, status, breakdown, error }) => ({
      id,
      label,
      min,
      gzip,
      brotli,
      budget,
      status,
      error,
      breakdown: breakdown?.slice(0, 12),
    })),
  };
  writeFileSync(jsonOut, `${JSON.stringify(json, null, 2)}\n`);
}
if (flag("--update")) {
  // Rewrites the size block of BENCHMARKS.md with this run's table.
  const file = at("BENCHMARKS.md");
  const text = readFileSync(file, "utf8");
  const [start, end] = ["<!-- size:start -->", "<!-- size:end -->"];
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i !== -1 && j !== -1) {
    const body = `Measured from ${fromDist ? "dist/" : "sources"} on ${new Date().toISOString().slice(0, 10)}:\n\n${table.join("\n")}`;
    writeFileSync(file, `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`);
  }
}
if (failed.length > 0) {
  console.error(`\nBudget exceeded or not measurable: ${failed.map((row) => row.id).join(", ")}`);
  process.exit(1);
}
