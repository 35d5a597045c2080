#!/usr/bin/env node
// Render benchmarks in real headless Chromium: ModelParameterForm vs a hand-written react-hook-form + Radix form vs
// RJSF core vs RJSF's shadcn theme, on the same big model, interleaved in random order over many rounds, in React's
// profiling build; plus the ModelPicker at 234 / 5,000 / 20,000 models and one row per piece of bench/page/pieces.tsx.
//
//   node scripts/bench.mjs                 30 rounds (+3 warm-up), prints markdown, writes bench/results/latest.json
//   node scripts/bench.mjs --rounds 10     fewer rounds (also env BENCH_ROUNDS)
//   node scripts/bench.mjs --update        also rewrites the result blocks of BENCHMARKS.md
//   node scripts/bench.mjs --headed        watch it (needs a display)
//   node scripts/bench.mjs --scenarios mount,picker   only these (mount, change, switch, picker, pieces, select); quick checks
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright";
import { measureSelectOpen, selectOpenGoal, selectOpenTable } from "../bench/select-open.mjs";
import { workspaceAliases } from "./workspace-aliases.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...parts) => path.join(root, ...parts);
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const ROUNDS = Number(option("--rounds") ?? process.env.BENCH_ROUNDS ?? 30);
const WARMUP = 3;
const SEED = Number(option("--seed") ?? 20261124);
const IMPLS = ["ours", "handwritten", "rjsf", "rjsf-shadcn"];
const SCENARIOS = (option("--scenarios") ?? "mount,change,switch,picker,pieces,select").split(",");
const runs = (scenario) => SCENARIOS.includes(scenario);
const LABELS = { ours: "ours", handwritten: "hand-written", rjsf: "RJSF", "rjsf-shadcn": "RJSF shadcn" };

// --- 1. Build the page: production React with the profiling renderer, workspace packages from source ---------------
const formsIndex = at("packages/forms/src/index.ts");
const oursAvailable = existsSync(formsIndex) && /\bModelParameterForm\b/.test(readFileSync(formsIndex, "utf8"));
const stubOurs = {
  name: "stub-ours",
  setup(b) {
    // Lets the harness run the two references before the forms package exports ModelParameterForm.
    b.onResolve({ filter: /^@model-forms\/forms$/ }, () =>
      oursAvailable ? { path: formsIndex } : { path: "ours-stub", namespace: "stub" },
    );
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export const ModelParameterForm = null;" }));
  },
};
const withoutForms = ({ "@model-forms/forms": _forms, ...rest }) => rest;
const started = performance.now();
const bundle = await build({
  entryPoints: [at("bench/page/main.tsx")],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  jsx: "automatic",
  // Not minified: component names stay readable in the render traces. React itself ships unminified in 19.
  minify: false,
  define: { "process.env.NODE_ENV": '"production"' },
  // The workspace from source ("@model-forms/forms" itself through stubOurs below, which may stand it in).
  alias: { "react-dom/client": "react-dom/profiling", ...withoutForms(workspaceAliases) },
  plugins: [stubOurs],
  loader: { ".css": "empty" },
  write: false,
  outdir: "out",
  logLevel: "warning",
});
const mainJs = bundle.outputFiles.find((file) => file.path.endsWith(".js"))?.contents;
const indexHtml = readFileSync(at("bench/page/index.html"));
console.log(
  `bench page built in ${Math.round(performance.now() - started)} ms (${(mainJs.byteLength / 1e6).toFixed(2)} MB)`,
);
if (!oursAvailable)
  console.warn("WARNING: @model-forms/forms does not export ModelParameterForm yet; measuring the references only.");

// --- 2. Serve it on 127.0.0.1 and open it in Chromium --------------------------------------------------------------
// Cross-origin isolation lifts Chromium's performance.now() resolution from 100 µs to 5 µs.
const isolated = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };
const server = createServer((req, res) => {
  if (req.url === "/main.js") {
    res.writeHead(200, { ...isolated, "content-type": "text/javascript" }).end(mainJs);
  } else if (req.url === "/" || req.url === "/index.html") {
    res.writeHead(200, { ...isolated, "content-type": "text/html" }).end(indexHtml);
  } else {
    res.writeHead(204).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  headless: !args.includes("--headed"),
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--js-flags=--expose-gc"],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
const pageErrors = [];
page.on("pageerror", (error) => pageErrors.push(String(error)));
page.on("console", (msg) => {
  if (msg.type() === "error") pageErrors.push(msg.text());
});
await page.goto(url);
await page
  .waitForFunction(() => "bench" in window, undefined, { timeout: 30_000 })
  .catch((error) => {
    throw new Error(`bench page did not start: ${pageErrors.join("\n") || error}`);
  });
const info = await page.evaluate(() => window.bench.info());
const impls = IMPLS.filter((id) => info.implementations.includes(id));
console.log(
  `timer resolution: ${info.crossOriginIsolated ? "5 µs (cross-origin isolated)" : "100 µs (not isolated!)"}; gc() before each sample: ${info.gc}`,
);

// --- 3. Interleaved rounds --------------------------------------------------------------------------------------
let seed = SEED;
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32;
  return seed / 2 ** 32;
};
const shuffled = (list) => {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
};

const samples = Object.fromEntries(
  impls.map((id) => [id, { mount: [], focus: [], slide: [], keys: [], switch: [], traces: [], mountSelf: [] }]),
);
const withPicker = impls.includes("ours") && runs("picker");
const pickerSamples = { mount: Object.fromEntries(info.picker.sizes.map((size) => [size, []])), keys: [], clear: [] };
const pieceSamples = Object.fromEntries(
  info.pieces.map((piece) => [piece.id, Object.fromEntries(["ours", ...piece.references].map((id) => [id, []]))]),
);
const runStarted = performance.now();
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  const keep = round >= WARMUP;
  for (const id of shuffled(runs("mount") ? impls : [])) {
    const sample = await page.evaluate((impl) => window.bench.mount(impl), id);
    if (keep) samples[id].mount.push(sample);
  }
  for (const id of shuffled(runs("change") ? impls : [])) {
    const sample = await page.evaluate((impl) => window.bench.change(impl), id);
    if (!keep) continue;
    samples[id].slide.push(sample.slide);
    if (sample.focus) samples[id].focus.push(sample.focus);
    samples[id].keys.push(...sample.keys);
    if (samples[id].traces.length === 0) samples[id].traces.push(sample);
    samples[id].mountSelf.push(sample.mountTrace.self);
  }
  for (const id of shuffled(runs("switch") ? impls : [])) {
    const sample = await page.evaluate((impl) => window.bench.switchModel(impl), id);
    if (keep) samples[id].switch.push(sample);
  }
  if (withPicker) {
    for (const size of shuffled(info.picker.sizes)) {
      const sample = await page.evaluate((n) => window.bench.pickerMount(n), size);
      if (keep) pickerSamples.mount[size].push(sample);
    }
    const filter = await page.evaluate((n) => window.bench.pickerFilter(n), info.picker.filterSize);
    if (keep) {
      pickerSamples.keys.push(...filter.keys);
      pickerSamples.clear.push(filter.clear);
      pickerSamples.filteredOptions = filter.filteredOptions;
      pickerSamples.matches = filter.matches;
    }
  }
  for (const piece of shuffled(impls.includes("ours") && runs("pieces") ? info.pieces : [])) {
    for (const id of shuffled(Object.keys(pieceSamples[piece.id]))) {
      const sample = await page.evaluate(([p, impl]) => window.bench.runPiece(p, impl), [piece.id, id]);
      if (keep) pieceSamples[piece.id][id].push(sample);
    }
  }
  if ((round + 1) % 10 === 0) process.stdout.write(`  round ${round + 1}/${WARMUP + ROUNDS}\n`);
}
const runSeconds = (performance.now() - runStarted) / 1000;
const compileCost = await page.evaluate(() => window.bench.compileCost());
// What each implementation puts in the DOM for the big model (one untimed mount each).
const dom = {};
for (const id of impls) dom[id] = await page.evaluate((impl) => window.bench.domOf(impl), id);
// The select open rows (issue 14): 10 vs 1,000 values.
const selectOpen = oursAvailable && runs("select") ? await measureSelectOpen(page, ROUNDS, shuffled) : undefined;
const chromiumVersion = (await browser.version()) || "";
await browser.close();
server.close();
if (pageErrors.length > 0) console.warn(`page errors:\n  ${[...new Set(pageErrors)].slice(0, 10).join("\n  ")}`);

// --- 4. Medians and ratios ---------------------------------------------------------------------------------------
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const stat = (list, key) => ({ median: median(list.map((s) => s[key])), mean: mean(list.map((s) => s[key])) });

const results = {};
for (const id of impls) {
  const s = samples[id];
  const trace = s.traces[0];
  results[id] = {
    mount: {
      wall: stat(s.mount, "wall"),
      withLayout: stat(s.mount, "withLayout"),
      render: stat(s.mount, "render"),
      commits: stat(s.mount, "commits"),
    },
    slide: { wall: stat(s.slide, "wall"), render: stat(s.slide, "render"), commits: stat(s.slide, "commits") },
    focus: { wall: stat(s.focus, "wall"), render: stat(s.focus, "render") },
    key: { wall: stat(s.keys, "wall"), render: stat(s.keys, "render"), commits: stat(s.keys, "commits") },
    switch: {
      wall: stat(s.switch, "wall"),
      withLayout: stat(s.switch, "withLayout"),
      render: stat(s.switch, "render"),
      commits: stat(s.switch, "commits"),
    },
    slideFields: trace?.slideTrace.fields ?? {},
    slideComponents: trace?.slideTrace.components ?? {},
    keyFields: trace?.keyTrace.fields ?? {},
    keyComponents: trace?.keyTrace.components ?? {},
    slideProfiledFields: trace?.slide.fieldRenders ?? [],
    mountComponents: trace?.mountTrace.components ?? {},
    // Median over rounds of each component's own render time in a (traced, untimed) mount.
    mountSelf: Object.fromEntries(
      [...new Set(s.mountSelf.flatMap((self) => Object.keys(self)))].map((name) => [
        name,
        median(s.mountSelf.map((self) => self[name] ?? 0)),
      ]),
    ),
  };
}

// --- ModelPicker and pieces --------------------------------------------------------------------------------------
const picker = withPicker
  ? {
      mount: Object.fromEntries(
        info.picker.sizes.map((size) => {
          const list = pickerSamples.mount[size];
          return [
            size,
            {
              firstPaint: stat(list, "withLayout"),
              untilLast: stat(list, "untilLast"),
              render: stat(list, "render"),
              commits: stat(list, "commits"),
              options: median(list.map((s) => s.options)),
            },
          ];
        }),
      ),
      key: {
        shown: stat(pickerSamples.keys, "shown"),
        untilLast: stat(pickerSamples.keys, "untilLast"),
        render: stat(pickerSamples.keys, "render"),
      },
      clear: {
        shown: stat(pickerSamples.clear, "shown"),
        untilLast: stat(pickerSamples.clear, "untilLast"),
        render: stat(pickerSamples.clear, "render"),
      },
      keyCommits: stat(pickerSamples.keys, "commits"),
      filteredOptions: pickerSamples.filteredOptions,
      matches: pickerSamples.matches,
    }
  : undefined;
const scenarioOf = { mount: "mount", slide: "slide", switch: "switch" };
const pieces = (runs("pieces") ? info.pieces : []).map((piece) => {
  const own = Object.fromEntries(
    Object.entries(pieceSamples[piece.id]).map(([id, list]) => [
      id,
      { wall: stat(list, "wall"), withLayout: stat(list, "withLayout"), render: stat(list, "render") },
    ]),
  );
  // A reference without its own run of the piece is compared through the base scenario of the same run.
  const reference = (id, key) =>
    own[id]?.[key]?.median ?? results[id]?.[scenarioOf[piece.compareTo]]?.[key]?.median ?? Number.NaN;
  return { ...piece, own, reference };
});

const ms = (value) => (Number.isNaN(value) ? "–" : `${value.toFixed(value < 1 ? 3 : 2)} ms`);
const ratio = (a, b) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : "–");
const counted = (record) =>
  Object.entries(record)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${n}`)
    .join(", ") || "none";

const rows = [
  ["mount: render + commit + effects (wall)", (r) => r.mount.wall.median],
  ["mount: same + style/layout", (r) => r.mount.withLayout.median],
  ["mount: React render work (Profiler actualDuration)", (r) => r.mount.render.median],
  ["slider thumb, first focus (ours: Radix's slider takes the resting one's place): wall", (r) => r.focus.wall.median],
  ["slider step: wall", (r) => r.slide.wall.median],
  ["slider step: React render work", (r) => r.slide.render.median],
  ["prompt keystroke: wall", (r) => r.key.wall.median],
  ["prompt keystroke: React render work", (r) => r.key.render.median],
  ["switch model: wall", (r) => r.switch.wall.median],
  ["switch model: React render work", (r) => r.switch.render.median],
];
const has = (id) => impls.includes(id);
const refs = impls.filter((id) => id !== "ours");
const timeTable = [
  `| median of ${ROUNDS} rounds | ${impls.map((id) => LABELS[id]).join(" | ")} | ${refs.map((id) => `ours / ${LABELS[id]}`).join(" | ")} |`,
  `| --- |${impls.map(() => " ---: |").join("")}${refs.map(() => " ---: |").join("")}`,
  ...rows.map(
    ([label, pick]) =>
      `| ${label} | ${impls.map((id) => ms(pick(results[id]))).join(" | ")} | ${refs.map((id) => (has("ours") ? ratio(pick(results.ours), pick(results[id])) : "–")).join(" | ")} |`,
  ),
];
const countTable = [
  `| per action | ${impls.map((id) => LABELS[id]).join(" | ")} |`,
  `| --- |${impls.map(() => " --- |").join("")}`,
  `| component renders in a mount (all commits) | ${impls.map((id) => Object.values(results[id].mountComponents).reduce((a, b) => a + b, 0)).join(" | ")} |`,
  `| commits per mount (median) | ${impls.map((id) => results[id].mount.commits.median).join(" | ")} |`,
  `| DOM elements after a mount (inputs, SVG nodes) | ${impls.map((id) => `${dom[id].elements} (${(dom[id].tags.input ?? 0) + (dom[id].tags.textarea ?? 0) + (dom[id].tags.select ?? 0)}, ${["svg", "path", "rect", "circle", "polygon", "line"].reduce((n, tag) => n + (dom[id].tags[tag] ?? 0), 0)})`).join(" | ")} |`,
  `| commits per slider step (mean) | ${impls.map((id) => results[id].slide.commits.mean.toFixed(2)).join(" | ")} |`,
  `| commits per prompt keystroke (mean) | ${impls.map((id) => results[id].key.commits.mean.toFixed(2)).join(" | ")} |`,
  `| commits per model switch (median) | ${impls.map((id) => results[id].switch.commits.median).join(" | ")} |`,
  `| fields whose components rendered on a slider step (\`${info.sliderField}\`) | ${impls.map((id) => counted(results[id].slideFields)).join(" | ")} |`,
  `| fields whose components rendered on a keystroke | ${impls.map((id) => counted(results[id].keyFields)).join(" | ")} |`,
  `| field-level \`<Profiler>\` commits on a slider step | ${impls.map((id) => (id === "handwritten" ? results[id].slideProfiledFields.join(", ") || "none" : "n/a")).join(" | ")} |`,
];

const chromiumLabel = chromiumVersion || execFileSync(executablePath, ["--version"], { encoding: "utf8" }).trim();
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, Chromium ${chromiumLabel}, React 19.3.1 profiling build`;
const header = `Model \`${info.model.id}\`: ${info.model.parameters} parameters, ${info.model.fields} fields with the prompt; switching to \`${info.other.id}\` (${info.other.fields} fields). ${ROUNDS} rounds after ${WARMUP} warm-up rounds, random order per round, ${runSeconds.toFixed(0)} s.`;

const compileLine = `Schema work before the first render (median of 200, outside React): \`compileParameterForm(model)\` ${ms(compileCost.ours)}; the hand-written form's \`buildHandwrittenSchema(fields)\` ${ms(compileCost.handwritten)}.`;
const sizes = info.picker.sizes;
const [smallest] = sizes;
const filterSize = info.picker.filterSize;
const pickerTable = picker
  ? [
      `| ModelPicker, median of ${ROUNDS} rounds | ${sizes.map((n) => `${n.toLocaleString("en")} models`).join(" | ")} | ${sizes
        .slice(1)
        .map((n) => `${n.toLocaleString("en")} / ${smallest}`)
        .join(" | ")} |`,
      `| --- |${sizes.map(() => " ---: |").join("")}${sizes
        .slice(1)
        .map(() => " ---: |")
        .join("")}`,
      ...[
        ["first paint: render + commit + layout (wall)", (m) => m.firstPaint.median],
        ["until the last commit settled (wall)", (m) => m.untilLast.median],
        ["React render work", (m) => m.render.median],
      ].map(
        ([label, pick]) =>
          `| ${label} | ${sizes.map((n) => ms(pick(picker.mount[n]))).join(" | ")} | ${sizes
            .slice(1)
            .map((n) => ratio(pick(picker.mount[n]), pick(picker.mount[smallest])))
            .join(" | ")} |`,
      ),
      `| commits (median) | ${sizes.map((n) => picker.mount[n].commits.median).join(" | ")} |${sizes
        .slice(1)
        .map(() => " |")
        .join("")}`,
      `| option elements in the DOM | ${sizes.map((n) => picker.mount[n].options).join(" | ")} |${sizes
        .slice(1)
        .map(() => " |")
        .join("")}`,
      "",
      `| ModelPicker at ${filterSize.toLocaleString("en")} models, median | list update: keystroke to the filtered list committed and laid out (wall) | until the last commit settled (wall) | React render work, all commits | commits (mean) |`,
      "| --- | ---: | ---: | ---: | ---: |",
      `| one filter keystroke (typing "${info.picker.filterText}", ${ROUNDS * info.picker.filterText.length} samples) | ${ms(picker.key.shown.median)} | ${ms(picker.key.untilLast.median)} | ${ms(picker.key.render.median)} | ${picker.keyCommits.mean.toFixed(2)} |`,
      `| clearing the filter (${picker.matches} matches, ${picker.filteredOptions} options in the DOM -> all) | ${ms(picker.clear.shown.median)} | ${ms(picker.clear.untilLast.median)} | ${ms(picker.clear.render.median)} | – |`,
    ]
  : [];
const pieceTable = pieces.length
  ? [
      `| piece, median of ${ROUNDS} rounds | compared with | ours | ${refs.map((id) => LABELS[id]).join(" | ")} | ${refs.map((id) => `ours / ${LABELS[id]}`).join(" | ")} |`,
      `| --- | --- | ---: |${refs.map(() => " ---: |").join("")}${refs.map(() => " ---: |").join("")}`,
      ...pieces.flatMap((piece) =>
        [
          ["wall", "wall"],
          ["React render work", "render"],
        ].map(([what, key]) => {
          const ours = piece.own.ours[key].median;
          const compared = `${piece.compareTo}${piece.references.length ? ` (own runs: ${piece.references.map((id) => LABELS[id]).join(", ")})` : ""}`;
          return `| ${piece.label}: ${what} | ${compared} | ${ms(ours)} | ${refs.map((id) => ms(piece.reference(id, key))).join(" | ")} | ${refs.map((id) => ratio(ours, piece.reference(id, key))).join(" | ")} |`;
        }),
      ),
    ]
  : [];
const selectLines = selectOpen ? [...selectOpenTable(selectOpen, ROUNDS), ""] : [];
const markdown = [
  header,
  "",
  ...timeTable,
  "",
  ...countTable,
  "",
  compileLine,
  ...(pickerTable.length ? ["", ...pickerTable] : []),
  ...(pieceTable.length ? ["", ...pieceTable] : []),
  "",
  ...selectLines,
  `Machine: ${machine}.`,
].join("\n");
console.log(`\n${markdown}`);
for (const id of impls) {
  const top = Object.entries(results[id].mountComponents)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
  console.log(`\n${id}: most rendered components in a mount: ${top.map(([name, n]) => `${name} ${n}`).join(", ")}`);
  const self = Object.entries(results[id].mountSelf)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
  console.log(
    `${id}: own render time by component in a mount (median over rounds): ${self.map(([name, t]) => `${name} ${t.toFixed(2)}`).join(", ")} (ms)`,
  );
  console.log(`${id}: components rendered on one slider step: ${counted(results[id].slideComponents)}`);
  console.log(`${id}: components rendered on one keystroke: ${counted(results[id].keyComponents)}`);
}

// --- 5. Goals ------------------------------------------------------------------------------------------------------
const goals = [];
if (has("ours")) {
  const mountVsHand = results.ours.mount.render.median / results.handwritten.mount.render.median;
  const shadcn = results["rjsf-shadcn"];
  const mountVsShadcn = shadcn ? results.ours.mount.render.median / shadcn.mount.render.median : Number.NaN;
  const mountWallVsShadcn = shadcn ? results.ours.mount.withLayout.median / shadcn.mount.withLayout.median : Number.NaN;
  const slideFields = Object.keys(results.ours.slideFields);
  goals.push(
    {
      goal: "mount ≤ 1.15× hand-written (React render work)",
      actual: `${mountVsHand.toFixed(2)}×`,
      met: mountVsHand <= 1.15,
    },
    {
      goal: "mount ≤ RJSF shadcn (React render work)",
      actual: `${mountVsShadcn.toFixed(2)}×`,
      met: mountVsShadcn <= 1,
    },
    {
      goal: "mount ≤ RJSF shadcn (wall, with style/layout)",
      actual: `${mountWallVsShadcn.toFixed(2)}×`,
      met: mountWallVsShadcn <= 1,
    },
    {
      goal: "a slider step re-renders that field only",
      actual: counted(results.ours.slideFields),
      met: slideFields.length === 1 && slideFields[0] === info.sliderField,
    },
    {
      goal: "0 commits per prompt keystroke",
      actual: `${results.ours.key.commits.mean.toFixed(2)} commits/keystroke (components: ${counted(results.ours.keyComponents)})`,
      met: results.ours.key.commits.mean === 0,
    },
    {
      goal: "slider step ≤ hand-written render work",
      actual: `${ms(results.ours.slide.render.median)} vs ${ms(results.handwritten.slide.render.median)}`,
      met: results.ours.slide.render.median <= results.handwritten.slide.render.median,
    },
  );
  if (picker) {
    const paint = picker.mount[sizes[1]].firstPaint.median;
    const base = picker.mount[smallest].firstPaint.median;
    goals.push(
      {
        goal: `ModelPicker first paint: ${sizes[1].toLocaleString("en")} models ≤ 2× ${smallest}`,
        actual: `${(paint / base).toFixed(2)}× (${ms(paint)} vs ${ms(base)})`,
        met: paint / base <= 2,
      },
      {
        goal: `ModelPicker filter keystroke at ${filterSize.toLocaleString("en")} models: list update ≤ 16 ms (median)`,
        actual: ms(picker.key.shown.median),
        met: picker.key.shown.median <= 16,
      },
    );
  }
  console.log("\nGoals:");
  for (const g of goals) console.log(`  ${g.met ? "met " : "MISS"}  ${g.goal}: ${g.actual}`);
}
if (selectOpen) {
  goals.push(selectOpenGoal(selectOpen));
  const g = goals.at(-1);
  console.log(`  ${g.met ? "met " : "MISS"}  ${g.goal}: ${g.actual}`);
}
const goalTable = goals.length
  ? [
      "| goal | measured | met |",
      "| --- | --- | --- |",
      ...goals.map((g) => `| ${g.goal} | ${g.actual} | ${g.met ? "yes" : "**no**"} |`),
    ]
  : [];

// --- 6. Write results --------------------------------------------------------------------------------------------
mkdirSync(at("bench/results"), { recursive: true });
writeFileSync(
  at("bench/results/latest.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine, rounds: ROUNDS, warmup: WARMUP, seed: SEED, info, results, dom, picker, pieces: pieces.map(({ reference, ...piece }) => piece), compileCost, selectOpen, goals }, null, 2)}\n`,
);
console.log("\nwrote bench/results/latest.json");

if (args.includes("--update")) {
  const file = at("BENCHMARKS.md");
  const block = (name, body) => (text) => {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const i = text.indexOf(start);
    const j = text.indexOf(end);
    return i === -1 || j === -1 ? text : `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
  };
  let text = readFileSync(file, "utf8");
  text = block("bench", `${markdown}\n\n${goalTable.join("\n")}`)(text);
  writeFileSync(file, text);
  console.log("updated BENCHMARKS.md");
}
