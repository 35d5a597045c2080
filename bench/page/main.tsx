/**
 * The benchmark page: mounts, changes and switches the same big model with four implementations (ours, a
 * hand-written react-hook-form + Radix form, RJSF core, RJSF's Radix-based shadcn theme) in React's profiling
 * build, and reports timings and render counts to `scripts/bench.mjs` through `window.bench`. The ModelPicker
 * scenarios live in ./picker.tsx, the rows for single pieces in ./pieces.tsx.
 */
import { preloadWidgets } from "@model-forms/forms";
import { compileParameterForm } from "@model-forms/forms/core";
import { buildHandwrittenSchema } from "../handwritten-form";
import { big, IMPLS, type ImplId, implOf, other, sliderField } from "./impls";
import {
  findPrompt,
  findSlider,
  focusedSlider,
  hasGc,
  mountUntimed,
  newRoot,
  sliderStep,
  startTrace,
  stopTrace,
  timed,
  traced,
  typeInto,
  wrap,
} from "./measure";
import { pickerFilter, pickerInfo, pickerMount } from "./picker";
import { pieceInfo, runPiece, warmStudio } from "./pieces";
import { selectOpen } from "./select-open";

// --- The three form scenarios ------------------------------------------------------------------------------
async function mount(id: ImplId) {
  const impl = implOf(id);
  const { root, dispose } = newRoot();
  const sample = await timed(() => root.render(wrap(impl(big, false))));
  dispose();
  return sample;
}

const TYPED = "a lighthouse at dusk"; // 20 characters

async function change(id: ImplId) {
  // The mount is traced (untimed): how many components each implementation renders to show the same fields.
  startTrace();
  const mounted = await mountUntimed(implOf(id)(big, true));
  const mountTrace = stopTrace();
  try {
    // The first focus of a thumb (ours: Radix's slider takes the resting one's place), then a step of the slider that
    // now stands there, as every step after the first is.
    const first = findSlider(mounted.host, sliderField);
    const focus = first instanceof HTMLInputElement ? undefined : await timed(() => first.focus());
    const slider = await focusedSlider(mounted.host, sliderField);
    const slide = await timed(() => sliderStep(slider));
    const slideTrace = await traced(() => sliderStep(slider));
    const prompt = findPrompt(mounted.host);
    prompt.focus();
    const keys = [];
    for (const char of TYPED) keys.push(await timed(() => typeInto(prompt, prompt.value + char)));
    const keyTrace = await traced(() => typeInto(prompt, `${prompt.value}!`));
    return { sliderField, mountTrace, focus, slide, slideTrace, keys, keyTrace };
  } finally {
    mounted.dispose();
  }
}

async function switchModel(id: ImplId) {
  const impl = implOf(id);
  const mounted = await mountUntimed(impl(big, false));
  try {
    return await timed(() => mounted.root.render(wrap(impl(other, false))));
  } finally {
    mounted.dispose();
  }
}

/** The DOM each implementation renders for the big model: elements in all and per tag (read once, untimed). */
async function domOf(id: ImplId) {
  const mounted = await mountUntimed(implOf(id)(big, false));
  try {
    const tags: Record<string, number> = {};
    const all = mounted.host.querySelectorAll("*");
    for (const element of all) tags[element.localName] = (tags[element.localName] ?? 0) + 1;
    return { elements: all.length, tags };
  } finally {
    mounted.dispose();
  }
}

/** What each implementation computes before rendering anything: our compile vs the hand-written schema. */
function compileCost(runs = 200) {
  const time = (work: () => unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      work();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return samples[samples.length >> 1] ?? Number.NaN;
  };
  return {
    ours: time(() => compileParameterForm(big.model)),
    handwritten: time(() => buildHandwrittenSchema(big.fields)),
  };
}

const bench = {
  info: () => ({
    userAgent: navigator.userAgent,
    gc: hasGc,
    crossOriginIsolated: globalThis.crossOriginIsolated,
    implementations: (Object.keys(IMPLS) as ImplId[]).filter((id) => IMPLS[id] !== null),
    model: { id: big.model.id, parameters: big.model.parameters.length, fields: big.fields.length },
    other: { id: other.model.id, parameters: other.model.parameters.length, fields: other.fields.length },
    sliderField,
    fieldTypes: big.fields.map((f) => `${f.name}:${f.type}`),
    picker: pickerInfo(),
    pieces: pieceInfo(),
  }),
  pickerMount,
  pickerFilter,
  runPiece,
  mount,
  change,
  switchModel,
  compileCost,
  domOf,
  selectOpen,
};
// Widgets that load on demand (the reference manager) are fetched before anything is timed: every mount renders the
// finished form, as the other implementations do.
await preloadWidgets();
await warmStudio();
(window as unknown as { bench: typeof bench }).bench = bench;
