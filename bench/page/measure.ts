/**
 * What every bench scenario shares: the form root's `<Profiler>` bookkeeping, the fiber walk that says which
 * components rendered, and `timed` / `traced` / `timedUntilIdle` around one action.
 */
import { createElement, Profiler, type ProfilerOnRenderCallback, type ReactElement } from "react";
import { flushSync } from "react-dom";
// Aliased to react-dom/profiling by scripts/bench.mjs, so <Profiler> timings work in a production build.
import { createRoot, type Root } from "react-dom/client";

export interface Commit {
  phase: string;
  actual: number;
  /** performance.now() when the commit's layout phase ended (after a forced layout when `layoutInCommits`). */
  at: number;
}
const commits: Commit[] = [];
const fieldRenders: string[] = [];
/** Forces style + layout inside each commit, so `at` includes the browser's work on the new DOM. */
let layoutInCommits = false;
/** While set, the first commit after which it holds records `shownAt` (the DOM is mutated when onRender runs). */
let probe: (() => boolean) | null = null;
let shownAt: number | undefined;
const onFormRender: ProfilerOnRenderCallback = (_id, phase, actual) => {
  if (layoutInCommits) void document.body.offsetHeight;
  const at = performance.now();
  commits.push({ phase, actual, at });
  if (probe && shownAt === undefined && probe()) shownAt = at;
};
export const onFieldRender: ProfilerOnRenderCallback = (id) => {
  fieldRenders.push(id);
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

export const FIELD_SELECTOR = '[data-bench-field], [data-mf-slot="field"][data-name], .bf';
export function fieldOfElement(element: Element | null): string | undefined {
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

export interface Trace {
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

/** Starts recording which components render; `stopTrace` returns what rendered since. */
export function startTrace() {
  trace = { components: {}, fields: {}, self: {} };
}
export function stopTrace(): Trace {
  const result = trace ?? { components: {}, fields: {}, self: {} };
  trace = null;
  return result;
}

// --- Helpers --------------------------------------------------------------------------------------------------
export const noop = () => {};
const gc = (globalThis as { gc?: () => void }).gc ?? noop;
export const hasGc = gc !== noop;
export const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const sum = (list: Commit[]) => list.reduce((total, commit) => total + commit.actual, 0);

export function wrap(element: ReactElement) {
  return createElement(Profiler, { id: "form", onRender: onFormRender }, element);
}

export interface Mounted {
  host: HTMLElement;
  root: Root;
  dispose(): void;
}
export function newRoot(): Mounted {
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  return {
    host,
    root,
    dispose() {
      root.unmount();
      host.remove();
    },
  };
}
export async function mountUntimed(element: ReactElement): Promise<Mounted> {
  const mounted = newRoot();
  flushSync(() => mounted.root.render(wrap(element)));
  // Radix measures thumbs and triggers after mount (ResizeObserver): let that finish before measuring changes.
  await settle();
  await settle();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return mounted;
}

/** One measured action. */
export interface Sample {
  /** Synchronous render + commit + effects of the action (flushSync). */
  wall: number;
  /** Same + the style/layout of the result. */
  withLayout: number;
  /** React render work of every commit the action caused (Profiler actualDuration), trailing ones included. */
  render: number;
  commits: number;
  /** Commits after the synchronous part, before the next frames settled (deferred renders, measurements). */
  trailing: number;
  fieldRenders: string[];
}

/** Runs `act` synchronously (flushing React's sync work) and reports its cost once everything settled. */
export async function timed(act: () => void): Promise<Sample> {
  gc();
  commits.length = 0;
  fieldRenders.length = 0;
  const t0 = performance.now();
  flushSync(act);
  const t1 = performance.now();
  const sync = commits.length;
  void document.body.offsetHeight; // style + layout of the result
  const t2 = performance.now();
  await settle();
  return {
    wall: t1 - t0,
    withLayout: t2 - t0,
    render: sum(commits),
    commits: commits.length,
    trailing: commits.length - sync,
    fieldRenders: [...fieldRenders],
  };
}

/**
 * Like `timed`, for an update React may finish after the synchronous part (a deferred value, a transition): the
 * wall time runs from the action to the end of the last commit it caused, style and layout of each commit included.
 * Waits until `done()` holds (a time-sliced render can span many frames without a commit) and then two frames pass
 * without a commit. `shown` is the time to the first commit after which `done()` held: the result on screen, before
 * any trailing commits (a virtualiser re-measuring rows, scroll-state resets).
 */
export async function timedUntilIdle(
  act: () => void,
  done: () => boolean = () => true,
): Promise<Sample & { untilLast: number; shown: number }> {
  gc();
  commits.length = 0;
  fieldRenders.length = 0;
  layoutInCommits = true;
  probe = done;
  shownAt = undefined;
  try {
    const t0 = performance.now();
    flushSync(act);
    void document.body.offsetHeight;
    const t1 = performance.now();
    const sync = commits.length;
    let seen = -1;
    const deadline = performance.now() + 20_000;
    while (seen !== commits.length || !done()) {
      if (performance.now() > deadline) throw new Error("the update did not finish within 20 s");
      seen = commits.length;
      await settle();
      await settle();
    }
    const last = commits.at(-1)?.at ?? t1;
    return {
      wall: t1 - t0,
      withLayout: t1 - t0,
      untilLast: Math.max(t1, last) - t0,
      // The commit that showed the result (its layout included); the synchronous part when it already did.
      shown: (shownAt ?? t1) - t0,
      render: sum(commits),
      commits: commits.length,
      trailing: commits.length - sync,
      fieldRenders: [...fieldRenders],
    };
  } finally {
    layoutInCommits = false;
    probe = null;
  }
}

/** The same action once more, untimed, with the fiber walk on: which components and fields rendered. */
export async function traced(act: () => void): Promise<Trace> {
  startTrace();
  flushSync(act);
  await settle();
  return stopTrace();
}

const valueSetter = (element: HTMLInputElement | HTMLTextAreaElement) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), "value")?.set as (value: string) => void;

/** Sets a native input's value the way a keystroke does, so React's onChange sees it. */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  valueSetter(element).call(element, value);
  element.dispatchEvent(new Event("input", { bubbles: true }));
}

/** One step right: ArrowRight on a Radix thumb, or one step up on a native range input. */
export function sliderStep(slider: HTMLElement) {
  if (slider instanceof HTMLInputElement) {
    const step = Number(slider.step) || 1;
    typeInto(slider, String(Math.min(Number(slider.max), Number(slider.value) + step)));
  } else {
    slider.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }));
  }
}

export function findSlider(host: HTMLElement, field: string): HTMLElement {
  const scope = [...host.querySelectorAll<HTMLElement>(FIELD_SELECTOR)].find((el) => fieldOfElement(el) === field);
  const slider = scope?.querySelector<HTMLElement>('[role="slider"], input[type="range"]');
  if (!slider) throw new Error(`no slider for field ${field}`);
  return slider;
}
/**
 * Focuses a field's slider thumb and returns the thumb that stands there once what the focus set off has landed
 * (ours: Radix's slider in the resting one's place, and Radix's measurement of it a frame later), focused.
 */
export async function focusedSlider(host: HTMLElement, field: string): Promise<HTMLElement> {
  findSlider(host, field).focus();
  await settle();
  await settle();
  const slider = findSlider(host, field);
  if (!(slider instanceof HTMLInputElement) && document.activeElement !== slider) slider.focus();
  return slider;
}
export function findPrompt(host: HTMLElement): HTMLTextAreaElement | HTMLInputElement {
  const scope = [...host.querySelectorAll<HTMLElement>(FIELD_SELECTOR)].find((el) => fieldOfElement(el) === "prompt");
  const prompt = scope?.querySelector<HTMLTextAreaElement | HTMLInputElement>("textarea, input");
  if (!prompt) throw new Error("no prompt field");
  return prompt;
}

/** Median of a list (NaN when empty). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0
    ? Number.NaN
    : sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
