/**
 * The select-open benchmark: how long `SelectField` takes to open with 10 values (the Radix Select) and with 1,000
 * (the searchable, virtualised list it delegates to). Each sample mounts a fresh field untimed, then times the
 * Enter keydown that opens it, until React has committed and the browser has laid the list out.
 */
import type { ParameterDescriptor } from "@model-forms/client";
import { SelectField, useModelParameterForm } from "@model-forms/forms";
import { Profiler } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

const descriptorsFor = (count: number): ParameterDescriptor[] => [
  {
    name: "style",
    kind: "enum",
    source: "typed",
    sourceKey: "style",
    values: Array.from({ length: count }, (_, i) => `style-${String(i).padStart(4, "0")}`),
  },
];
const lists = new Map<number, ParameterDescriptor[]>();

function SelectHost({ descriptors }: { descriptors: ParameterDescriptor[] }) {
  const { form, fields } = useModelParameterForm(descriptors, { compileOptions: { prompt: false, modelId: "bench" } });
  const field = fields[0];
  return field ? <SelectField field={field} control={form.control} /> : null;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * One sample: open a `count`-value select by keyboard.
 * `wall`: the keydown until React committed; `withLayout`: plus style and layout of the opened list;
 * `render`: React's render work (Profiler); `options`: option elements mounted.
 */
export async function selectOpen(count: number) {
  let descriptors = lists.get(count);
  if (!descriptors) {
    descriptors = descriptorsFor(count);
    lists.set(count, descriptors);
  }
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  let render = 0;
  flushSync(() =>
    root.render(
      <Profiler id="select" onRender={(_id, _phase, actual) => (render += actual)}>
        <SelectHost descriptors={descriptors} />
      </Profiler>,
    ),
  );
  await frame();
  await frame();
  const trigger = host.querySelector<HTMLElement>('[role="combobox"]');
  if (!trigger) throw new Error("no select trigger");
  trigger.focus();
  gc();
  render = 0;
  const t0 = performance.now();
  flushSync(() => {
    trigger.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
  });
  const t1 = performance.now();
  void document.body.offsetHeight;
  const t2 = performance.now();
  const options = document.querySelectorAll('[role="option"]').length;
  const opened = document.querySelector('[role="listbox"]') !== null;
  await frame();
  root.unmount();
  host.remove();
  if (!opened) throw new Error(`the ${count}-value select did not open`);
  return { wall: t1 - t0, withLayout: t2 - t0, render, options };
}
