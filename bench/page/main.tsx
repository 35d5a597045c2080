/**
 * The benchmark page: mounts, changes and switches the same big model with three implementations (ours, a
 * hand-written react-hook-form + Radix form, RJSF) in React's profiling build, and reports timings and render
 * counts to `scripts/bench.mjs` through `window.bench`.
 */
import type { ImageModel } from "@model-forms/client";
import { normalizeParameters } from "@model-forms/client";
import { ModelParameterForm } from "@model-forms/forms";
import { compileParameterForm } from "@model-forms/forms/core";
import Form from "@rjsf/core";
import validator from "@rjsf/validator-ajv8";
import { Profiler, type ProfilerOnRenderCallback, type ReactElement } from "react";
import { flushSync } from "react-dom";
// Aliased to react-dom/profiling by scripts/bench.mjs, so <Profiler> timings work in a production build.
import { createRoot, type Root } from "react-dom/client";
import { bigModelRecord, handwrittenModels, type WireImageModel } from "../../fixtures/catalog";
import { buildHandwrittenSchema, type HandwrittenField, HandwrittenForm } from "../handwritten-form";
import { handwrittenFieldsFor, rjsfSchemaFor } from "./specs";

type ImplId = "ours" | "handwritten" | "rjsf";

interface BenchModel {
  model: ImageModel;
  fields: HandwrittenField[];
  rjsf: ReturnType<typeof rjsfSchemaFor>;
}

function benchModel(record: WireImageModel): BenchModel {
  const { parameters, warnings } = normalizeParameters(record.supported_parameters);
  const model = { ...record, name: record.name ?? record.id, parameters, parameterWarnings: warnings } as ImageModel;
  const fields = handwrittenFieldsFor(parameters);
  return { model, fields, rjsf: rjsfSchemaFor(fields) };
}

const big = benchModel(bigModelRecord);
// The model to switch to: the richest other hand-written record of the catalog.
const otherRecord = handwrittenModels
  .filter((record) => record.id !== bigModelRecord.id)
  .sort(
    (a, b) => Object.keys(b.supported_parameters ?? {}).length - Object.keys(a.supported_parameters ?? {}).length,
  )[0];
const other = benchModel(otherRecord ?? bigModelRecord);

const noop = () => {};

// --- Measurement state -------------------------------------------------------------------------------------
interface Commit {
  phase: string;
  actual: number;
}
const commits: Commit[] = [];
const fieldRenders: string[] = [];
const onFormRender: ProfilerOnRenderCallback = (_id, phase, actual) => {
  commits.push({ phase, actual });
};
const onFieldRender: ProfilerOnRenderCallback = (id) => {
  fieldRenders.push(id);
};

// scripts/bench.mjs stubs this as `null` while the forms package does not export it yet.
const Ours = ModelParameterForm as typeof ModelParameterForm | null;
const IMPLS: Record<ImplId, ((m: BenchModel, profileFields: boolean) => ReactElement) | null> = {
  ours: Ours ? (m) => <Ours model={m.model} onSubmit={noop} /> : null,
  // A hand-written form is written for one model: switching models remounts it (key).
  handwritten: (m, profileFields) => (
    <HandwrittenForm
      key={m.model.id}
      fields={m.fields}
      onSubmit={noop}
      onFieldRender={profileFields ? onFieldRender : undefined}
    />
  ),
  rjsf: (m) => (
    <Form schema={m.rjsf.schema} uiSchema={m.rjsf.uiSchema} validator={validator} onSubmit={noop} noHtml5Validate />
  ),
};

// --- Which components rendered in a commit (read from the fiber tree via a minimal DevTools hook) -----------
interface Fiber {
  tag: number;
  type: unknown;
  elementType: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
  alternate: Fiber | null;
  stateNode: unknown;
  selfBaseDuration?: number;
}
const FUNCTION = 0;
const CLASS = 1;
const HOST = 5;
const PORTAL = 4;
const FORWARD_REF = 11;
const MEMO = 14;
const SIMPLE_MEMO = 15;
const PERFORMED_WORK = 1;
const COMPONENT_TAGS = new Set([FUNCTION, CLASS, FORWARD_REF, MEMO, SIMPLE_MEMO]);

type Named = { displayName?: string; name?: string; render?: Named; type?: Named };
function nameOf(fiber: Fiber): string {
  const type = (fiber.tag === SIMPLE_MEMO ? fiber.type : fiber.elementType) as Named | null;
  return type?.displayName ?? type?.render?.displayName ?? type?.render?.name ?? type?.type?.name ?? type?.name ?? "?";
}

const FIELD_SELECTOR = '[data-bench-field], [data-mf-slot="field"][data-name], .bf';
function fieldOfElement(element: Element | null): string | undefined {
  const field = element?.closest(FIELD_SELECTOR);
  if (!(field instanceof HTMLElement)) return undefined;
  return (
    field.dataset.benchField ??
    field.dataset.name ??
    [...field.classList].find((c) => c.startsWith("bf-"))?.slice(3) ??
    undefined
  );
}
function fieldOfFiber(fiber: Fiber): string {
  // The component's own first element, else the element it renders into.
  const stack: Fiber[] = fiber.child ? [fiber.child] : [];
  while (stack.length > 0) {
    const f = stack.pop() as Fiber;
    if (f.tag === HOST && f.stateNode instanceof Element) {
      const name = fieldOfElement(f.stateNode);
      if (name) return name;
      break;
    }
    if (f.sibling) stack.push(f.sibling);
    if (f.child && f.tag !== PORTAL) stack.push(f.child);
  }
  for (let up = fiber.return; up; up = up.return) {
    if (up.tag === HOST && up.stateNode instanceof Element) return fieldOfElement(up.stateNode) ?? "(form)";
  }
  return "(form)";
}

interface Trace {
  components: Record<string, number>;
  fields: Record<string, number>;
  /** Own render time (the profiling build's `selfBaseDuration`) summed per component name, ms. */
  self: Record<string, number>;
}
let trace: Trace | null = null;
function walk(fiber: Fiber, out: Trace) {
  const prev = fiber.alternate;
  if (COMPONENT_TAGS.has(fiber.tag) && (prev === null || (fiber.flags & PERFORMED_WORK) !== 0)) {
    const name = nameOf(fiber);
    out.components[name] = (out.components[name] ?? 0) + 1;
    out.self[name] = (out.self[name] ?? 0) + (fiber.selfBaseDuration ?? 0);
    const field = fieldOfFiber(fiber);
    out.fields[field] = (out.fields[field] ?? 0) + 1;
  }
  // A subtree React did not touch keeps its child pointer: nothing below it rendered.
  if (prev !== null && prev.child === fiber.child) return;
  for (let child = fiber.child; child; child = child.sibling) walk(child, out);
}
const hook = (
  window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: { onCommit?: (root: { current: Fiber }) => void } }
).__REACT_DEVTOOLS_GLOBAL_HOOK__;
if (hook) {
  hook.onCommit = (root) => {
    if (trace) walk(root.current, trace);
  };
}

// --- Helpers --------------------------------------------------------------------------------------------------
const gc = (globalThis as { gc?: () => void }).gc ?? noop;
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const sum = (list: Commit[]) => list.reduce((total, commit) => total + commit.actual, 0);

function wrap(element: ReactElement) {
  return (
    <Profiler id="form" onRender={onFormRender}>
      {element}
    </Profiler>
  );
}

interface Mounted {
  host: HTMLElement;
  root: Root;
  dispose(): void;
}
async function mountUntimed(element: ReactElement): Promise<Mounted> {
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(wrap(element)));
  // Radix measures thumbs and triggers after mount (ResizeObserver): let that finish before measuring changes.
  await settle();
  await settle();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return {
    host,
    root,
    dispose() {
      root.unmount();
      host.remove();
    },
  };
}

/** Runs `act` synchronously (flushing React's sync work) and reports its cost once everything settled. */
async function timed(act: () => void) {
  gc();
  commits.length = 0;
  fieldRenders.length = 0;
  const t0 = performance.now();
  flushSync(act);
  const t1 = performance.now();
  void document.body.offsetHeight; // style + layout of the result
  const t2 = performance.now();
  await settle();
  return {
    wall: t1 - t0,
    withLayout: t2 - t0,
    render: sum(commits),
    commits: commits.length,
    fieldRenders: [...fieldRenders],
  };
}

/** The same action once more, untimed, with the fiber walk on: which components and fields rendered. */
async function traced(act: () => void): Promise<Trace> {
  trace = { components: {}, fields: {}, self: {} };
  flushSync(act);
  await settle();
  const result = trace;
  trace = null;
  return result;
}

const valueSetter = (element: HTMLInputElement | HTMLTextAreaElement) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), "value")?.set as (value: string) => void;

/** Sets a native input's value the way a keystroke does, so React's onChange sees it. */
function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  valueSetter(element).call(element, value);
  element.dispatchEvent(new Event("input", { bubbles: true }));
}

/** One step right: ArrowRight on a Radix thumb, or one step up on a native range input. */
function sliderStep(slider: HTMLElement) {
  if (slider instanceof HTMLInputElement) {
    const step = Number(slider.step) || 1;
    typeInto(slider, String(Math.min(Number(slider.max), Number(slider.value) + step)));
  } else {
    slider.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }));
  }
}

function findSlider(host: HTMLElement, field: string): HTMLElement {
  const scope = [...host.querySelectorAll<HTMLElement>(FIELD_SELECTOR)].find((el) => fieldOfElement(el) === field);
  const slider = scope?.querySelector<HTMLElement>('[role="slider"], input[type="range"]');
  if (!slider) throw new Error(`no slider for field ${field}`);
  return slider;
}
function findPrompt(host: HTMLElement): HTMLTextAreaElement | HTMLInputElement {
  const scope = [...host.querySelectorAll<HTMLElement>(FIELD_SELECTOR)].find((el) => fieldOfElement(el) === "prompt");
  const prompt = scope?.querySelector<HTMLTextAreaElement | HTMLInputElement>("textarea, input");
  if (!prompt) throw new Error("no prompt field");
  return prompt;
}

// --- The three scenarios ----------------------------------------------------------------------------------------
function implOf(id: ImplId) {
  const impl = IMPLS[id];
  if (!impl) throw new Error(`${id} is not available`);
  return impl;
}

async function mount(id: ImplId) {
  const impl = implOf(id);
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  const sample = await timed(() => root.render(wrap(impl(big, false))));
  root.unmount();
  host.remove();
  return sample;
}

// The first integer range of the model: the slider the change scenario moves.
const sliderField = big.fields.find((f) => f.type === "slider")?.name ?? "n";
const TYPED = "a lighthouse at dusk"; // 20 characters

async function change(id: ImplId) {
  // The mount is traced (untimed): how many components each implementation renders to show the same fields.
  trace = { components: {}, fields: {}, self: {} };
  const mounted = await mountUntimed(implOf(id)(big, true));
  const mountTrace = trace;
  trace = null;
  try {
    const slider = findSlider(mounted.host, sliderField);
    if (!(slider instanceof HTMLInputElement)) slider.focus();
    const slide = await timed(() => sliderStep(slider));
    const slideTrace = await traced(() => sliderStep(slider));
    const prompt = findPrompt(mounted.host);
    prompt.focus();
    const keys = [];
    for (const char of TYPED) keys.push(await timed(() => typeInto(prompt, prompt.value + char)));
    const keyTrace = await traced(() => typeInto(prompt, `${prompt.value}!`));
    return { sliderField, mountTrace, slide, slideTrace, keys, keyTrace };
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
    gc: gc !== noop,
    crossOriginIsolated: globalThis.crossOriginIsolated,
    implementations: (Object.keys(IMPLS) as ImplId[]).filter((id) => IMPLS[id] !== null),
    model: { id: big.model.id, parameters: big.model.parameters.length, fields: big.fields.length },
    other: { id: other.model.id, parameters: other.model.parameters.length, fields: other.fields.length },
    sliderField,
    fieldTypes: big.fields.map((f) => `${f.name}:${f.type}`),
  }),
  mount,
  change,
  switchModel,
  compileCost,
};
(window as unknown as { bench: typeof bench }).bench = bench;
