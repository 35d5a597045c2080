#!/usr/bin/env node
// Bundle budgets: bundles each entry of ENTRIES with esbuild (minified ESM, browser, NODE_ENV=production, split at
// `import()`; a stylesheet minified as CSS), compresses each file with gzip -9 and brotli, prints a table and exits 1
// when any budget is exceeded. A budget covers what the import loads up front (the entry and the chunks it imports
// statically); chunks behind `import()` (widgets a model may need) are listed beside it, never hidden.
//
//   node scripts/size.mjs                     measure the built dist/ when present, else the sources
//   node scripts/size.mjs --from-source       always bundle the TypeScript sources (no build needed)
//   node scripts/size.mjs --budgets file.json override budgets ({ "<id>": bytes | null }), also env SIZE_BUDGETS
//   node scripts/size.mjs --only a,b          measure only these ids
//   node scripts/size.mjs --verbose           print the per-package breakdown of every entry
//   node scripts/size.mjs --update            rewrite the size block of BENCHMARKS.md
//   node scripts/size.mjs --files             break our own code down per source file
//   node scripts/size.mjs --suggest           print, per budgeted row, the ratchet today's figure allows
//   node scripts/size.mjs --json out.json     write the results as JSON (default: bench/results/size.json when
//                                             run with the default budgets and every entry)
//
// Budgets are min+gzip bytes, 1 kB = 1000 bytes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => path.join(root, ...parts);
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

const pkgExternals = (pkgDir) => {
  const pkg = readJson(at(pkgDir, "package.json"));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return names.flatMap((name) => [name, `${name}/*`]);
};
const reactOnly = ["react", "react/*", "react-dom", "react-dom/*"];
const formsDeps = [...new Set([...pkgExternals("packages/forms"), ...reactOnly])];

/**
 * Every measured entry, one row each; the table, the budgets and the goals all come from here.
 *
 * - `js`: an ESM module written as if in the repo root; `@model-forms/*` specifiers resolve to each package's
 *   dist/ or sources (see `entryFile`). `css`: a stylesheet of ours, as `<package>/<file>` below `packages/`.
 * - `external`: what is left out of the bundle (default: react and react-dom only).
 * - `budget`: enforced min+gzip bytes, a ratchet at today's figure rounded up to the next 100 B, so any growth
 *   fails `pnpm check`; `{ dist, source }` when the built files and the sources bundle to different sizes (the
 *   check measures dist/, the unit test the sources). Lower it as the code shrinks, raise it only on purpose, with
 *   the reason in the commit. `null`: a reference row, measured, never failing.
 * - `goal`: the DESIGN.md target, printed beside the row; missing it is reported, not failed.
 *
 * A new entry point is one row, e.g. once `@model-forms/forms/generation` is exported and built:
 *   { id: "forms-generation", what: "every export of @model-forms/forms/generation, all but React",
 *     js: `export * from "@model-forms/forms/generation";`, budget: 12_000 },
 * (run it once from dist/ and once with --from-source, then set `budget` from `--suggest`).
 */
export const ENTRIES = [
  {
    id: "forms-full",
    what: 'import { ModelParameterForm } from "@model-forms/forms", all but React',
    js: `export { ModelParameterForm } from "@model-forms/forms";`,
    // Image widgets (issue 14): 98.1 kB dist / 100.1 kB sources (+20.2 / +21.2): resolution picker, seed control,
    // reference manager, and SelectField's searchable list with @tanstack/virtual-core (before: the picker's only).
    // The form running seed modes on submit (prepareSeeds / recordSeeds): 98.5 / 100.5 kB. Issue 16 owes the way down
    // (lazy widgets: the searchable list, the reference manager's canvas code).
    // Translations (issue 12): every text from typed messages objects, a stable messages context: 101.6 kB sources
    // (+1.0); dist raised by the same delta (not measured from dist).
    // Issue 16: the reference manager and the searchable list (with @tanstack/virtual-core) load on demand (14.2 kB in
    // 2 chunks, listed beside the row), and dist/ is unbundled (one file per module, so bundlers tree-shake the
    // picker's virtualiser away as they do from the sources): 90.0 kB from both.
    // Translations (issue 12, the rest): byte sizes, locale-aware numbers, cost line texts, field names: 90.3 kB.
    // Radix Select on demand (issue 16): a select is a plain closed trigger until used; Radix Select with its popper,
    // focus scope and scroll lock is fetched when the first select mounts: 66.7 / 66.8 kB (40.7 kB in 3 chunks).
    // The default keyless client on demand (issue 16): the form imports @model-forms/client/core (normalizer,
    // constraints, errors) and fetches createImageClient on the default client's first call: 64.9 kB (+3.7 kB on demand).
    // referenceUrl moved out of the reference list (issue 16): esbuild put every module that the root barrel re-exports
    // and an on-demand chunk imports into a chunk the form loads up front; the list is on demand again: 63.7 kB.
    // Radix Slider on demand (issue 16): a slider rests as plain markup (Radix's parts, attributes and thumb place)
    // until focused, pressed or keyed, and Radix's slider with its collection and size observer is fetched when the
    // first slider mounts: 54.4 kB (+9.3 kB on demand, in a chunk of its own).
    budget: 54_500,
    goal: 64_000,
  },
  {
    id: "forms-core",
    what: "every export of @model-forms/forms/core (no React; zod and the client bundled)",
    js: `export * from "@model-forms/forms/core";`,
    // Image widgets (issue 14): resolution parser, seed helpers, reference and developer limits: 22.5 / 21.9 kB.
    // Translations (issue 12): CoreMessages (texts as functions) read by every kind: 22.5 kB sources (+0.6).
    // dist/ unbundled (issue 16): 23.2 kB (+0.1, each module's own export list).
    // Translations (issue 12, the rest): CostMessages, byteSize, locale, unnamedField: 23.6 / 22.8 kB (+0.3).
    // The server entry imports @model-forms/client/core, not the HTTP client (issue 16): 22.8 kB.
    budget: 22_800,
  },
  {
    id: "client",
    what: "every export of @model-forms/client, zod bundled",
    js: `export * from "@model-forms/client";`,
    budget: 11_900,
  },
  {
    id: "styles-css",
    what: "@model-forms/forms/styles.css, minified",
    css: "forms/styles.css",
    // The image widgets' rules (tiles, seed control, long select, reference manager): 4.4 kB (+0.8).
    // The frame a widget shows while its code loads (issue 16): 4.5 kB (+0.1 rounding up).
    budget: 4_500,
  },
  {
    id: "forms-own",
    what: "every export of @model-forms/forms and /core; react, react-dom and every dependency external",
    // Namespace imports keep every export, so nothing of our own is tree-shaken away.
    js: `import * as forms from "@model-forms/forms";\nimport * as core from "@model-forms/forms/core";\nexport { forms, core };`,
    external: formsDeps,
    // Image widgets (issue 14): 36.5 kB dist / 38.0 kB sources (+11.2 / +11.7).
    // Translations (issue 12): messages objects of the picker, preview, select and number box: 39.5 kB sources (+1.3).
    // Issue 16: on-demand widgets (4.0 kB in 2 chunks, apart) and dist/ unbundled: 38.7 kB from both (dist was
    // rolldown's scope-hoisted bundle, 0.9 kB smaller, whose shared chunk kept the picker's imports in every import).
    // Translations (issue 12, the rest): 39.3 / 39.4 kB (+0.6).
    // Radix Select on demand (issue 16): the closed trigger and the on-demand hook: 40.0 kB (+0.7).
    // The default client on demand (issue 16): its forwarding object: 40.1 / 40.2 kB.
    // referenceUrl out of the reference list (issue 16): the list is in the manager's chunk: 39.1 / 39.2 kB.
    // The resting slider (issue 16): its markup, Radix's key rules for keys before the chunk arrives, the hand-over
    // of the first press and key: 40.3 kB (+1.2); giving the focus back only when the swap dropped it: 40.4 kB.
    budget: { dist: 40_400, source: 40_400 },
    goal: 8_000,
  },
  {
    id: "client-own",
    what: "every export of @model-forms/client; zod external",
    js: `import * as client from "@model-forms/client";\nexport { client };`,
    external: pkgExternals("packages/client"),
    budget: 6_400,
    goal: 4_000,
  },
  {
    id: "generation-own",
    what: "every export of @model-forms/forms/generation (the form and price it renders included); deps external",
    js: `import * as generation from "@model-forms/forms/generation";\nexport { generation };`,
    external: formsDeps,
    // The form, price and virtualised ModelPicker it renders: 35.0 kB from sources after issue 16's picker; with the
    // image widgets (issue 14) 43.7 kB dist / 45.8 kB sources.
    // Use as reference through addReferenceImage (fits the image to the model's limits): 44.6 / 46.7 kB.
    // Translations (issue 12): 48.0 kB sources (+1.2); dist raised by the same delta.
    // Issue 16: on-demand widgets (5.5 kB in 2 chunks, apart), dist/ unbundled: 45.3 / 45.4 kB.
    // Translations (issue 12, the rest): the generation parts read through the messages context, locale-formatted
    // times and costs: 46.6 kB (+1.2).
    // Radix Select on demand (issue 16): the closed trigger and the on-demand hook: 47.1 / 47.2 kB (+0.5).
    // The default client on demand (issue 16): its forwarding object: 47.3 / 47.4 kB.
    // Sources measured 47.5 kB (the source ratchet had been set 100 B low; only dist/ is enforced, by pnpm check).
    // The resting slider (issue 16): 48.5 / 48.7 kB (+1.2); and its focus hand-back: 48.6 / 48.7 kB.
    budget: { dist: 48_600, source: 48_700 },
  },
  {
    id: "ref-rjsf",
    what: "reference: RJSF 6 @rjsf/core Form + @rjsf/validator-ajv8, all but React",
    js: `export { default as Form } from "@rjsf/core";\nexport { default as validator } from "@rjsf/validator-ajv8";`,
    budget: null,
  },
  {
    id: "ref-rjsf-shadcn",
    what: "reference: RJSF 6 @rjsf/shadcn Form (its Radix widgets) + @rjsf/validator-ajv8, all but React",
    js: `export { default as Form } from "@rjsf/shadcn";\nexport { default as validator } from "@rjsf/validator-ajv8";`,
    budget: null,
  },
  {
    id: "ref-handwritten",
    what: "reference: bench/handwritten-form.tsx (react-hook-form + Radix Select/Slider + classic zod), all but React",
    js: `export * from ${JSON.stringify(at("bench/handwritten-form.tsx"))};`,
    budget: null,
  },
];

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};

/**
 * `@model-forms/<pkg>[/<sub>]` -> `packages/<pkg>/dist/<sub|index>.js` (what users install) or
 * `packages/<pkg>/src[/<sub>]/index.ts` (the sources); a stylesheet `<pkg>/<file>.css` -> `dist/<file>.css` or
 * `src/styles/<file>.css`.
 */
function entryFile(specifier, fromDist) {
  const match = specifier.match(/^@model-forms\/([^/]+)(?:\/(.+))?$/);
  if (!match) return undefined;
  const [, pkg, sub] = match;
  if (sub?.endsWith(".css")) return at("packages", pkg, fromDist ? `dist/${sub}` : `src/styles/${sub}`);
  if (fromDist) return at("packages", pkg, "dist", `${sub ?? "index"}.js`);
  // A subpath's source is a folder with an index (forms/core) or one module (client/core).
  const folder = at("packages", pkg, "src", sub ?? "", "index.ts");
  return sub && !existsSync(folder) ? at("packages", pkg, "src", `${sub}.ts`) : folder;
}
const specifiersOf = (entry) =>
  entry.css ? [`@model-forms/${entry.css}`] : [...entry.js.matchAll(/"(@model-forms\/[^"]+)"/g)].map((m) => m[1]);

/** Resolves `@model-forms/*` to dist or sources, unless the row keeps that package external. */
const workspace = (fromDist, external) => ({
  name: "workspace",
  setup(b) {
    b.onResolve({ filter: /^@model-forms\// }, (resolved) => {
      const pkg = resolved.path.split("/").slice(0, 2).join("/");
      if (external.includes(resolved.path) || external.includes(pkg)) return { path: resolved.path, external: true };
      return { path: entryFile(resolved.path, fromDist) };
    });
  },
});

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

/** gzip -9 and brotli 11 sizes of one file. */
const compressed = (code) => ({
  gzip: gzipSync(code, { level: 9 }).byteLength,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
});

/**
 * What an app loads up front for this entry, and what it loads later: the entry's output and every chunk it imports
 * statically (transitively) are the initial load; chunks reached only through `import()` (widgets loaded when a
 * model needs them) are lazy. Each file is compressed on its own, as it is sent.
 */
function splitOutputs(metafile, entryOut) {
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  visit(entryOut);
  const lazy = Object.keys(metafile.outputs).filter((file) => file.endsWith(".js") && !initial.has(file));
  return { initial: [...initial], lazy };
}

async function measure(entry, { fromDist, fileLevel }) {
  const external = entry.external ?? reactOnly;
  const common = {
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [workspace(fromDist, external)],
  };
  if (entry.css) {
    const result = await build({
      ...common,
      entryPoints: [entryFile(`@model-forms/${entry.css}`, fromDist)],
      outfile: "out.css",
    });
    const code = result.outputFiles.find((file) => file.path.endsWith(".css"))?.contents ?? new Uint8Array();
    return { min: code.byteLength, ...compressed(code), breakdown: breakdownOf(result.metafile, null, fileLevel) };
  }
  // An entry file in the repo root (esbuild splits only real entry points, not stdin).
  const dir = at(".tmp", "size-entries");
  mkdirSync(dir, { recursive: true });
  const entryPath = path.join(dir, `${entry.id}.entry.tsx`);
  writeFileSync(entryPath, entry.js);
  const result = await build({
    ...common,
    entryPoints: { [entry.id]: entryPath },
    format: "esm",
    splitting: true,
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    external,
    outdir: at(".tmp", "size-out"),
    chunkNames: "chunk-[hash]",
  });
  const outputOf = (file) => path.relative(root, file.path);
  const byPath = new Map(result.outputFiles.map((file) => [outputOf(file), file.contents]));
  const entryOut = Object.keys(result.metafile.outputs).find(
    (file) => result.metafile.outputs[file].entryPoint !== undefined,
  );
  const { initial, lazy } = splitOutputs(result.metafile, entryOut);
  const sum = (files) =>
    files.reduce(
      (total, file) => {
        const code = byPath.get(file) ?? new Uint8Array();
        const size = compressed(code);
        return { min: total.min + code.byteLength, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli };
      },
      { min: 0, gzip: 0, brotli: 0 },
    );
  const lazySize = sum(lazy);
  return {
    ...sum(initial),
    lazy: lazy.length === 0 ? undefined : { files: lazy.length, ...lazySize },
    breakdown: breakdownOf(result.metafile, new Set(initial), fileLevel),
    lazyBreakdown: breakdownOf(result.metafile, new Set(lazy), fileLevel),
  };
}

/** Minified bytes by package (or by our own file) over `outputs` (all when null). */
function breakdownOf(metafile, outputs, fileLevel) {
  const byOwner = new Map();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (outputs !== null && !outputs.has(file)) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = owner(input, fileLevel);
      byOwner.set(key, (byOwner.get(key) ?? 0) + bytesInOutput);
    }
  }
  return [...byOwner.entries()].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes > 0);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** The ratchet a figure allows: the next 100 bytes up. */
const ratchetOf = (gzip) => Math.ceil((gzip + 1) / 100) * 100;

async function main() {
  const budgetFile = option("--budgets") ?? process.env.SIZE_BUDGETS;
  const overrides = budgetFile ? readJson(path.resolve(budgetFile)) : {};
  const only = option("--only")?.split(",");
  const verbose = flag("--verbose");
  // --files: break our own code down per file instead of per package.
  const fileLevel = flag("--files");
  const entries = ENTRIES.filter((entry) => !only || only.includes(entry.id));
  // What users install is dist/; measure it when every entry was built, otherwise fall back to the sources.
  const ourFiles = (fromDist) =>
    ENTRIES.flatMap(specifiersOf)
      .map((specifier) => entryFile(specifier, fromDist))
      .filter(Boolean);
  const fromDist = !flag("--from-source") && ourFiles(true).every((file) => existsSync(file));
  const flavour = fromDist ? "dist" : "source";

  const rows = [];
  for (const entry of entries) {
    const own = entry.budget !== null && typeof entry.budget === "object" ? entry.budget[flavour] : entry.budget;
    const budget = entry.id in overrides ? overrides[entry.id] : own;
    const row = { ...entry, budget };
    const missing = specifiersOf(entry)
      .map((specifier) => entryFile(specifier, fromDist))
      .filter((file) => file && !existsSync(file));
    if (missing.length > 0) {
      rows.push({
        ...row,
        status: "missing",
        error: `not written yet: ${missing.map((f) => path.relative(root, f)).join(", ")}`,
      });
      continue;
    }
    try {
      const size = await measure(entry, { fromDist, fileLevel });
      const status = budget === null ? "ref" : size.gzip <= budget ? "ok" : "OVER";
      rows.push({ ...row, status, ...size });
    } catch (error) {
      rows.push({ ...row, status: "error", error: String(error?.message ?? error).split("\n")[0] });
    }
  }

  // The DESIGN.md target and whether this row meets it (informational: only budgets fail the run).
  const goal = (row) => {
    if (row.goal === undefined) return "–";
    return `${kB(row.goal)}${row.gzip === undefined ? "" : row.gzip <= row.goal ? " met" : " missed"}`;
  };
  // Chunks behind `import()`: not part of the budgeted import, listed so nothing hides there.
  const lazyText = (row) => (row.lazy ? `${kB(row.lazy.gzip)} in ${row.lazy.files}` : "–");
  const budgetText = (row) => (row.budget === null || row.budget === undefined ? "–" : kB(row.budget));
  const table = [
    "| entry | min | gzip | brotli | budget (gzip) | status | goal (gzip) | loaded on demand (gzip) |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- | ---: |",
    ...rows.map((row) =>
      row.min === undefined
        ? `| ${row.id} | – | – | – | ${budgetText(row)} | ${row.status}: ${row.error} | ${goal(row)} | – |`
        : `| ${row.id} | ${kB(row.min)} | ${kB(row.gzip)} | ${kB(row.brotli)} | ${budgetText(row)} | ${row.status} | ${goal(row)} | ${lazyText(row)} |`,
    ),
  ];
  console.log(
    `Bundle sizes (esbuild 0.28 minified, gzip -9, brotli 11; measured from ${fromDist ? "dist/" : "sources"})\n`,
  );
  console.log(table.join("\n"));
  for (const row of rows) {
    if (!row.breakdown || !(verbose || row.status === "OVER" || row.id === "forms-full")) continue;
    console.log(`\n${row.id}: ${row.what}; minified bytes by package:`);
    for (const [name, bytes] of row.breakdown.slice(0, verbose ? undefined : 10)) {
      console.log(`  ${kB(bytes).padStart(9)}  ${name}`);
    }
    if (row.lazyBreakdown?.length) {
      console.log(`  loaded on demand (import()):`);
      for (const [name, bytes] of row.lazyBreakdown.slice(0, verbose ? undefined : 6)) {
        console.log(`  ${kB(bytes).padStart(9)}  ${name}`);
      }
    }
  }
  if (flag("--suggest")) {
    console.log(`\nRatchets today's figures allow, measured from ${flavour} (next 100 B up):`);
    for (const row of rows)
      if (row.budget !== null && row.gzip !== undefined) console.log(`  ${row.id}: ${ratchetOf(row.gzip)}`);
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
      rows: rows.map(({ id, what, min, gzip, brotli, lazy, budget, goal, status, breakdown, error }) => ({
        id,
        label: what,
        min,
        gzip,
        brotli,
        lazy,
        budget,
        goal,
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
}

// Importing the module (for its ENTRIES) measures nothing.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
