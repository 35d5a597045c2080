import type { ImageModel, ParameterDescriptor } from "@model-forms/client";
import {
  type FieldComponentProps,
  type ImageRequest,
  ModelParameterForm,
  useFieldController,
  useModelParameterForm,
} from "@model-forms/forms";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { focusSlider } from "./focus-slider";
import { model } from "./models";

/**
 * Published names in every override path and across a model switch (jsdom), and the smaller fixes a user sees:
 * `1` and `"1"` stay two options, and a continuous slider can step back onto its default.
 */

const enumOf = (name: string, values: Array<string | number>, extra: object = {}): ParameterDescriptor =>
  ({ name, kind: "enum", source: "typed", sourceKey: name, values, ...extra }) as ParameterDescriptor;

function Custom(props: FieldComponentProps) {
  const { field } = useFieldController(props);
  return (
    <button type="button" onClick={() => field.onChange(props.field.constraints.options?.at(-1))}>
      custom {props.field.name} = {String(field.value)}
    </button>
  );
}

let headless!: ReturnType<typeof useModelParameterForm>;
const headlessModel = model("acme/h", [enumOf("loras[0]", ["a", "b"]), enumOf("分辨率", ["1k", "2k"])]);
function Headless() {
  headless = useModelParameterForm(headlessModel);
  return null;
}

let renders = 0;
/** A descriptor list written inline: a new array on every render, with the same content. */
function InlineDescriptors() {
  renders++;
  const { form } = useModelParameterForm([enumOf("q", ["x", "y"])], { compileOptions: { modelId: "acme/i" } });
  return <output>{String(form.getValues().q)}</output>;
}

const shared = enumOf("style.preset", ["none", "anime", "photo"]);
const modelA = model("acme/a", [shared, enumOf("toString", ["x", "y"])]);
const modelB = model("acme/b", [shared]);
const requests: Array<ImageRequest | undefined> = [];
function Switcher() {
  const [current, setCurrent] = useState<ImageModel>(modelA);
  return (
    <>
      <button type="button" onClick={() => setCurrent(modelB)}>
        switch
      </button>
      <ModelParameterForm
        model={current}
        defaultValues={{ prompt: "p" }}
        fieldComponents={{ "style.preset": Custom }}
        onRequestChange={(request) => requests.push(request)}
      />
    </>
  );
}

describe("published names in overrides, the headless hook and migration", () => {
  it("fieldComponents and components are looked up by own key, and write under the published name", async () => {
    const user = userEvent.setup();
    const onRequestChange = vi.fn();
    const parameters = [
      enumOf("style.preset", ["none", "anime"]),
      enumOf("constructor", ["a", "b"]),
      enumOf("q", ["x", "y"]),
    ];
    render(
      <ModelParameterForm
        model={model("acme/o", parameters)}
        defaultValues={{ prompt: "p" }}
        fieldComponents={{ "style.preset": Custom }}
        components={{ select: Custom }}
        onRequestChange={onRequestChange}
      />,
    );
    await user.click(screen.getByRole("button", { name: "custom style.preset = none" }));
    await user.click(screen.getByRole("button", { name: "custom constructor = a" }));
    await waitFor(() =>
      expect(onRequestChange.mock.lastCall?.[0]).toEqual({
        model: "acme/o",
        prompt: "p",
        "style.preset": "anime",
        constructor: "b",
      }),
    );
  });

  it("a field named constructor with no override does not render Object", () => {
    render(<ModelParameterForm model={model("acme/o", [enumOf("constructor", ["a", "b"])])} fieldComponents={{}} />);
    expect(screen.getByRole("combobox", { name: "Constructor" })).toHaveTextContent("a");
  });

  it("the headless hook reads, writes and requests by published name", () => {
    render(<Headless />);
    act(() => {
      headless.setValue("prompt", "p");
      headless.setValue("loras[0]", "b");
      headless.setValue("分辨率", "2k");
    });
    expect(headless.getValues()).toEqual({ prompt: "p", "loras[0]": "b", 分辨率: "2k" });
    expect(headless.getChangedNames()).toEqual(["prompt", "loras[0]", "分辨率"]);
    expect(headless.getRequest()).toEqual({ model: "acme/h", prompt: "p", "loras[0]": "b", 分辨率: "2k" });
    // react-hook-form holds them under escaped paths, never as nested objects.
    expect(Object.keys(headless.form.getValues()).sort()).toEqual(["__5206_8fa8_7387", "_loras_005b0_005d", "prompt"]);
  });

  it("an inline descriptor list (same content, new array each render) is one model, not a render loop", () => {
    const view = render(<InlineDescriptors />);
    view.rerender(<InlineDescriptors />);
    view.rerender(<InlineDescriptors />);
    expect(screen.getByRole("status")).toHaveTextContent("x");
    expect(renders).toBeLessThan(10);
  });

  it("a value set on one model carries over to the next under the same published name", async () => {
    const user = userEvent.setup();
    render(<Switcher />);
    await user.click(screen.getByRole("button", { name: "custom style.preset = none" }));
    await user.click(screen.getByRole("button", { name: "switch" }));
    expect(await screen.findByRole("button", { name: "custom style.preset = photo" })).toBeInTheDocument();
    await waitFor(() => expect(requests.at(-1)).toEqual({ model: "acme/b", prompt: "p", "style.preset": "photo" }));
  });
});

describe("what a user sees in the small fixes", () => {
  it('an enum [1, "1", 2] shows two different options and sends the one chosen, with its type', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <ModelParameterForm
        model={model("acme/e", [enumOf("count", [1, "1", 2])])}
        defaultValues={{ prompt: "p" }}
        onSubmit={onSubmit}
      />,
    );
    // Queried each time: Radix's trigger takes the plain one's place at the first open.
    const trigger = () => screen.getByRole("combobox", { name: "Count" });
    await user.click(trigger());
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["1", '"1"', "2"]);
    await user.click(screen.getByRole("option", { name: '"1"' }));
    expect(trigger()).toHaveTextContent('"1"');
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ model: "acme/e", prompt: "p", count: "1" });
    await user.click(trigger());
    await user.click(screen.getByRole("option", { name: "2" }));
    expect(trigger()).toHaveTextContent(/^2$/);
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]?.[0]).toEqual({ model: "acme/e", prompt: "p", count: 2 });
    // The number 1 is the starting value: chosen again, it is left out of the minimal request, not sent as "1".
    await user.click(trigger());
    await user.click(screen.getByRole("option", { name: "1" }));
    expect(trigger()).toHaveTextContent(/^1$/);
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(3));
    expect(onSubmit.mock.calls[2]?.[0]).toEqual({ model: "acme/e", prompt: "p" });
  });

  it("a continuous slider steps back onto its off-grid default (1–10, default 3.5)", async () => {
    const user = userEvent.setup();
    const guidance: ParameterDescriptor = {
      name: "guidance_scale",
      kind: "range",
      source: "typed",
      sourceKey: "guidance_scale",
      min: 1,
      max: 10,
      integer: false,
      default: 3.5,
    };
    render(<ModelParameterForm model={model("acme/g", [guidance])} />);
    const thumb = focusSlider("Guidance scale");
    await user.keyboard("{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuenow", "3.6");
    await user.keyboard("{ArrowLeft}");
    expect(thumb).toHaveAttribute("aria-valuenow", "3.5");
    expect(screen.getByRole("textbox", { name: "Guidance scale" })).toHaveValue("3.5");
  });
});
