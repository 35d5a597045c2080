import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { ImageModel } from "@model-forms/client";
import { act, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { resolveFieldComponent, useModelParameterForm } from "../../packages/forms/src/index";
import { model } from "./models";

/**
 * react-hook-form remembers every name ever registered on a form instance (an internal map that nothing clears),
 * so one instance across model switches grew with each model that brought new names. Each model now gets its own
 * store: an instance only ever sees one model's names, and the previous one can be collected.
 */

function modelWithNames(i: number): ImageModel {
  return model(
    `m${i}`,
    Array.from({ length: 8 }, (_, k) => ({
      name: `param_${i}_${k}`,
      kind: "enum" as const,
      source: "typed" as const,
      sourceKey: `param_${i}_${k}`,
      values: ["a", "b"],
    })),
  );
}

type Control = { register: (name: string, ...rest: unknown[]) => unknown };
const namesByControl = new Map<Control, Set<string>>();
const released: WeakRef<Control>[] = [];

/** A headless form that counts, per react-hook-form control, the distinct names registered on it. */
function Headless({ model: current }: { model: ImageModel }) {
  const { form, fields } = useModelParameterForm(current);
  const control = form.control as unknown as Control;
  if (!namesByControl.has(control)) {
    const names = new Set<string>();
    namesByControl.set(control, names);
    released.push(new WeakRef(control));
    const register = control.register;
    control.register = (name, ...rest) => {
      names.add(name);
      return register(name, ...rest);
    };
  }
  return (
    <form>
      {fields.map((field) => {
        const Component = resolveFieldComponent(field);
        return <Component key={field.name} field={field} control={form.control} />;
      })}
    </form>
  );
}

describe("react-hook-form's memory of field names across model switches", () => {
  it("one model's names per react-hook-form instance; earlier instances are released", {
    timeout: 60_000,
  }, async () => {
    const switches = 12;
    const view = render(<Headless model={modelWithNames(0)} />);
    for (let i = 1; i <= switches; i++) await act(async () => view.rerender(<Headless model={modelWithNames(i)} />));

    const perControl = [...namesByControl.values()].map((names) => names.size);
    // The prompt and the model's 8 parameters, never the names of earlier models.
    expect(Math.max(...perControl)).toBeLessThanOrEqual(9);
    expect(perControl.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(9 * switches);

    // Drop our own strong references, collect, and count the instances still alive.
    namesByControl.clear();
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      gc();
    }
    const alive = released.filter((ref) => ref.deref() !== undefined).length;
    expect(released.length).toBe(switches + 1);
    expect(alive).toBeLessThanOrEqual(4);
    view.unmount();
  });
});
