/**
 * The select-open benchmark: how long `SelectField` takes to open with 10 values (the Radix Select) and with 1,000
 * (the searchable, virtualised list it delegates to); and, at 1,000 values, the references: the hand-written form's
 * Radix Select and RJSF shadcn's select. Each sample mounts a fresh field untimed, then times the key (or, for RJSF
 * shadcn's popover trigger, the click) that opens it, until React has committed and the browser laid the list out.
 */
import type { ParameterDescriptor } from "@model-forms/client";
import { SelectField, useModelParameterForm } from "@model-forms/forms";
import ShadcnForm from "@rjsf/shadcn";
import validator from "@rjsf/validator-ajv8";
import { Profiler, type ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { HandwrittenForm } from "../handwritten-form";
import { noop } from "./measure";

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

/** Who opens: ours (`SelectField`), the hand-written form's Radix Select, RJSF shadcn's select. */
export type SelectOpener = "ours" | "handwritten" | "rjsf-shadcn";

const valuesFor = (count: number) => (descriptorsFor(count)[0] as { values: string[] }).values;
function elementFor(who: SelectOpener, count: number, descriptors: ParameterDescriptor[]): ReactElement {
  if (who === "handwritten") {
    const options = valuesFor(count);
    return <HandwrittenForm fields={[{ type: "select", name: "style", label: "Style", options }]} onSubmit={noop} />;
  }
  if (who === "rjsf-shadcn") {
    const schema = {
      type: "object" as const,
      properties: { style: { type: "string" as const, enum: valuesFor(count) } },
    };
    return <ShadcnForm schema={schema} validator={validator} onSubmit={noop} noHtml5Validate />;
  }
  return <SelectHost descriptors={descriptors} />;
}

/**
 * One sample: open a `count`-value select by keyboard (RJSF shadcn's: by a click on its popover trigger).
 * `wall`: the keydown until React committed; `withLayout`: plus style and layout of the opened list;
 * `render`: React's render work (Profiler); `options`: option elements mounted.
 */
export async function selectOpen(count: number, who: SelectOpener = "ours") {
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
        {elementFor(who, count, descriptors)}
      </Profiler>,
    ),
  );
  await frame();
  await frame();
  const trigger = host.querySelector<HTMLElement>('[role="combobox"], button[aria-haspopup]');
  if (!trigger) throw new Error(`no select trigger (${who})`);
  trigger.focus();
  gc();
  render = 0;
  const t0 = performance.now();
  flushSync(() => {
    if (who === "rjsf-shadcn") trigger.click();
    else trigger.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
  });
  const t1 = performance.now();
  void document.body.offsetHeight;
  const t2 = performance.now();
  const options = document.querySelectorAll('[role="option"]').length;
  const opened = document.querySelector('[role="listbox"]') !== null || options > 0;
  await frame();
  root.unmount();
  host.remove();
  if (!opened) throw new Error(`the ${count}-value select did not open (${who}): ${host.innerHTML.slice(0, 400)}`);
  return { wall: t1 - t0, withLayout: t2 - t0, render, options };
}
