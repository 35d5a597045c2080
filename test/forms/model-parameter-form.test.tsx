import {
  type FieldComponentProps,
  ModelParameterForm,
  NumberField,
  SelectField,
  SliderField,
  useFieldController,
  useModelFormContext,
  useModelParameterForm,
} from "@model-forms/forms";
import { compileParameterForm, type FormField } from "@model-forms/forms/core";
import { act, fireEvent, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FormProvider, useForm } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { focusSlider } from "./focus-slider";
import { everyKindModel, model } from "./models";

function deferred() {
  let resolve!: () => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function ResetButton() {
  const modelForm = useModelFormContext();
  return (
    <button type="button" onClick={() => modelForm?.form.reset()}>
      Reset
    </button>
  );
}

function NativeSelect(props: FieldComponentProps) {
  const { field } = useFieldController(props);
  return (
    <label>
      {props.field.label} (native)
      <select value={String(field.value ?? "")} onChange={(e) => field.onChange(e.target.value)}>
        {props.field.constraints.options?.map((o) => (
          <option key={String(o)}>{String(o)}</option>
        ))}
      </select>
    </label>
  );
}
function SeedOverride(props: FieldComponentProps) {
  return <output aria-label="custom seed">{props.field.name}</output>;
}

/** A plain react-hook-form form using field components directly (control prop and FormProvider). */
function PlainForm({ fields: [steps, n, seed], onValid }: { fields: FormField[]; onValid: (values: unknown) => void }) {
  const form = useForm({ defaultValues: { steps: undefined, n: 2, seed: undefined } });
  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onValid)}>
        {steps ? <SelectField field={steps} control={form.control} /> : null}
        {n ? <SliderField field={n} /> : null}
        {seed ? <NumberField field={seed} /> : null}
        <button type="submit">Save</button>
        <button type="button" onClick={() => form.reset()}>
          Reset
        </button>
      </form>
    </FormProvider>
  );
}

const submitButton = () => screen.getByRole("button", { name: "Generate" });

describe("ModelParameterForm (model prop)", () => {
  it("renders every widget with linked labels, hints and data-mf-slots; advanced fields under <details>", () => {
    const { container } = render(<ModelParameterForm model={everyKindModel} />);
    expect(screen.getByRole("textbox", { name: "Prompt" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "1:1 1024×1024" })).toBeChecked();
    expect(screen.getByRole("slider", { name: "Images" })).toHaveAttribute("aria-valuenow", "1");
    expect(screen.getByRole("slider", { name: "Guidance" })).toHaveAttribute("aria-valuetext", "7");
    expect(screen.getByRole("textbox", { name: "Negative prompt" })).toBeInTheDocument();
    const details = container.querySelector("details[data-mf-slot=advanced]");
    expect(details).not.toBeNull();
    expect(within(details as HTMLElement).getByText("Advanced")).toBeInTheDocument();
    expect(within(details as HTMLElement).getByRole("textbox", { name: "Seed", hidden: true })).toBeInTheDocument();
    const resolution = screen.getByRole("radiogroup", { name: "Resolution" });
    const hint = container.querySelector(`#${CSS.escape(resolution.getAttribute("aria-describedby") ?? "")}`);
    expect(hint).toHaveTextContent("3 options");
    expect(hint).toHaveAttribute("data-mf-slot", "hint");
    expect(resolution).not.toHaveAttribute("aria-invalid");
    for (const slot of ["field", "label", "control", "hint"]) {
      expect(container.querySelector(`[data-mf-slot="${slot}"]`)).not.toBeNull();
    }
  });

  it("operates the Select by keyboard (focus, Enter, ArrowDown, Enter) and submits the original value", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<ModelParameterForm model={everyKindModel} onSubmit={onSubmit} />);
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "a lighthouse");
    const trigger = screen.getByRole("combobox", { name: "Quality" });
    act(() => trigger.focus());
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("listbox")).toBeInTheDocument();
    await user.keyboard("{ArrowDown}{Enter}");
    // Radix's trigger took the plain one's place at the first open: query it again.
    expect(screen.getByRole("combobox", { name: "Quality" })).toHaveTextContent("high");
    await user.click(submitButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      model: "acme/pixel-v3",
      prompt: "a lighthouse",
      quality: "high",
    });
  });

  it("mounts no Select items while closed, and typeahead on the closed trigger picks an option", async () => {
    const user = userEvent.setup();
    render(<ModelParameterForm model={everyKindModel} />);
    expect(screen.queryAllByRole("option")).toHaveLength(0);
    const trigger = screen.getByRole("combobox", { name: "Quality" });
    act(() => trigger.focus());
    await user.keyboard("h");
    expect(trigger).toHaveTextContent("high");
    await user.keyboard("l");
    expect(trigger).toHaveTextContent("high");
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.keyboard("{ArrowDown}");
    expect(await screen.findByRole("listbox")).toBeInTheDocument();
    expect(screen.getAllByRole("option").length).toBeGreaterThan(0);
  });

  it("operates the Slider by keyboard and keeps the number box in sync", async () => {
    const user = userEvent.setup();
    render(<ModelParameterForm model={everyKindModel} />);
    const thumb = focusSlider("Images");
    await user.keyboard("{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuenow", "2");
    expect(thumb).toHaveAttribute("aria-valuetext", "2");
    expect(screen.getByRole("textbox", { name: "Images" })).toHaveValue("2");
    const guidance = focusSlider("Guidance");
    await user.keyboard("{ArrowRight}");
    expect(guidance).toHaveAttribute("aria-valuenow", "7.5");
  });

  it("form.reset() resets the Select and the Slider", async () => {
    const user = userEvent.setup();
    render(
      <ModelParameterForm model={everyKindModel}>
        <ResetButton />
      </ModelParameterForm>,
    );
    const trigger = screen.getByRole("combobox", { name: "Quality" });
    act(() => trigger.focus());
    await user.keyboard("{Enter}");
    await screen.findByRole("listbox");
    await user.keyboard("{ArrowDown}{Enter}");
    // Radix's trigger took the plain one's place at the first open: query it again.
    expect(screen.getByRole("combobox", { name: "Quality" })).toHaveTextContent("high");
    const thumb = focusSlider("Images");
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuenow", "3");
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(trigger).toHaveTextContent("medium");
    expect(thumb).toHaveAttribute("aria-valuenow", "1");
    expect(screen.getByRole("textbox", { name: "Images" })).toHaveValue("1");
  });

  it("number box: keeps unfinished text, stores numbers or undefined, shows range errors", async () => {
    const user = userEvent.setup();
    const onRequestChange = vi.fn();
    render(<ModelParameterForm model={everyKindModel} onRequestChange={onRequestChange} />);
    await user.click(screen.getByText("Advanced"));
    const seed = screen.getByRole("textbox", { name: "Seed" });
    const lastRequest = () => onRequestChange.mock.calls.at(-1)?.[0];
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "x");

    await user.type(seed, "0");
    expect(seed).toHaveValue("0");
    expect(lastRequest()).toMatchObject({ seed: 0 });
    await user.clear(seed);
    expect(seed).toHaveValue("");
    expect(lastRequest()).not.toHaveProperty("seed");
    await user.type(seed, "-");
    expect(seed).toHaveValue("-");
    expect(lastRequest()).not.toHaveProperty("seed");
    await user.clear(seed);
    await user.type(seed, "1.");
    expect(seed).toHaveValue("1.");
    expect(lastRequest()).toMatchObject({ seed: 1 });
    expect(typeof lastRequest().seed).toBe("number");
    await user.type(seed, "abc");
    expect(seed).toHaveValue("1.");

    const images = screen.getByRole("textbox", { name: "Images" });
    await user.clear(images);
    await user.type(images, "9");
    await user.tab();
    const alert = await screen.findByRole("alert");
    expect(images).toHaveAttribute("aria-invalid", "true");
    expect(images.getAttribute("aria-describedby")).toContain(alert.id);
    expect(lastRequest()).toBeUndefined();
    await user.clear(images);
    await user.type(images, "3");
    await waitFor(() => expect(screen.queryAllByRole("alert").map((a) => a.textContent)).toEqual([]));
    expect(images).not.toHaveAttribute("aria-invalid");
    expect(screen.getByRole("slider", { name: "Images" })).toHaveAttribute("aria-valuenow", "3");
  });

  it("randomizes a randomizable field", async () => {
    const user = userEvent.setup();
    render(<ModelParameterForm model={everyKindModel} />);
    await user.click(screen.getByText("Advanced"));
    await user.click(screen.getByRole("button", { name: "Randomize Seed" }));
    const value = Number((screen.getByRole("textbox", { name: "Seed" }) as HTMLInputElement).value);
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(4294967295);
  });

  it("announces errors and focuses the first invalid field on submit", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<ModelParameterForm model={everyKindModel} onSubmit={onSubmit} />);
    await user.click(submitButton());
    const alert = await screen.findByRole("alert");
    const prompt = screen.getByRole("textbox", { name: "Prompt" });
    await waitFor(() => expect(prompt).toHaveFocus());
    expect(prompt).toHaveAttribute("aria-invalid", "true");
    expect(prompt.getAttribute("aria-describedby")).toBe(alert.id);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("opens Advanced and focuses an invalid advanced field", async () => {
    const user = userEvent.setup();
    const { container } = render(<ModelParameterForm model={everyKindModel} defaultValues={{ seed: -5 }} />);
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "ok");
    await user.click(submitButton());
    const seed = screen.getByRole("textbox", { name: "Seed" });
    await waitFor(() => expect(seed).toHaveFocus());
    expect(container.querySelector("details")).toHaveProperty("open", true);
  });

  it("submits the values of advanced fields that were never opened", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const { container } = render(
      <ModelParameterForm model={everyKindModel} defaultValues={{ seed: 42 }} onSubmit={onSubmit} />,
    );
    expect(container.querySelector("details")).toHaveProperty("open", false);
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "a fox");
    await user.click(submitButton());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[1]).toMatchObject({ prompt: "a fox", seed: 42 });
  });

  it("submitting: disables the button, prevents a double submit, then re-enables", async () => {
    const user = userEvent.setup();
    const pending = deferred();
    const onSubmit = vi.fn(() => pending.promise);
    const { container } = render(<ModelParameterForm model={everyKindModel} onSubmit={onSubmit} />);
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "a fox");
    await user.click(submitButton());
    const busy = await screen.findByRole("button", { name: "Generating…" });
    expect(busy).toBeDisabled();
    fireEvent.submit(container.querySelector("form") as HTMLFormElement);
    await user.click(busy);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve());
    expect(await screen.findByRole("button", { name: "Generate" })).toBeEnabled();
  });

  it("a rejected submit shows the error and keeps every value", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(() => Promise.reject(new Error("Insufficient balance")));
    render(<ModelParameterForm model={everyKindModel} onSubmit={onSubmit} submitLabel="Create" />);
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "a fox");
    const thumb = focusSlider("Images");
    await user.keyboard("{ArrowRight}");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Insufficient balance");
    expect(screen.getByRole("textbox", { name: "Prompt" })).toHaveValue("a fox");
    expect(thumb).toHaveAttribute("aria-valuenow", "2");
    expect(screen.getByRole("button", { name: "Create" })).toBeEnabled();
  });

  it("per-widget and per-field overrides; unknown widgets get the fallback", async () => {
    const compiled = compileParameterForm(everyKindModel);
    // `schema` is a lazy prototype getter on compiled forms and fields: copy it explicitly.
    const fields = compiled.fields.map((f) =>
      f.name === "negative_prompt" ? { ...f, schema: f.schema, widget: "color" as never } : f,
    );
    const odd = { ...compiled, schema: compiled.schema, fields };
    render(
      <ModelParameterForm
        model={odd}
        components={{ select: NativeSelect, resolution: NativeSelect }}
        fieldComponents={{ seed: SeedOverride }}
        labels={{ quality: "Render quality" }}
      />,
    );
    expect(screen.getByRole("combobox", { name: "Resolution (native)" }).tagName).toBe("SELECT");
    expect(screen.getByRole("combobox", { name: "Quality (native)" })).toBeInTheDocument();
    expect(screen.getByLabelText("custom seed", { selector: "output" })).toHaveTextContent("seed");
    const fallback = screen.getByRole("textbox", { name: "Negative prompt" });
    expect(fallback.closest("[data-mf-slot=field]")).toHaveAttribute("data-state", "fallback");
  });

  it("labels override field labels without a compileOptions object", () => {
    render(<ModelParameterForm model={everyKindModel} labels={{ quality: "Render quality" }} />);
    expect(screen.getByRole("combobox", { name: "Render quality" })).toBeInTheDocument();
  });

  it("disabled: every control is disabled and nothing submits", async () => {
    const onSubmit = vi.fn();
    const { container } = render(
      <ModelParameterForm model={everyKindModel} disabled onSubmit={onSubmit} defaultValues={{ prompt: "x" }} />,
    );
    expect(screen.getByRole("textbox", { name: "Prompt" })).toBeDisabled();
    expect(screen.getByRole("radio", { name: "1:1 1024×1024" })).toBeDisabled();
    expect(screen.getByRole("slider", { name: "Images" })).toHaveAttribute("data-disabled");
    expect(screen.getByRole("textbox", { name: "Images" })).toBeDisabled();
    expect(submitButton()).toBeDisabled();
    expect(container.querySelectorAll("[data-mf-slot=field][data-disabled]").length).toBeGreaterThan(5);
    fireEvent.submit(container.querySelector("form") as HTMLFormElement);
    await new Promise((r) => setTimeout(r, 20));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("prompt counter follows typing when the prompt has a maxLength", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <ModelParameterForm model={everyKindModel} compileOptions={{ prompt: { maxLength: 10 } }} />,
    );
    const counter = container.querySelector("[data-mf-slot=counter]");
    expect(counter).toHaveTextContent("0/10");
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "hello");
    expect(counter).toHaveTextContent("5/10");
  });
});

describe("ImageReferencesField", () => {
  it("adds https URLs, refuses others with a reason, enforces size and format, removes", async () => {
    const user = userEvent.setup();
    const onRequestChange = vi.fn();
    render(<ModelParameterForm model={everyKindModel} onRequestChange={onRequestChange} />);
    const url = screen.getByRole("textbox", { name: "Reference images" });
    await user.type(url, "http://example.com/a.png");
    await user.click(screen.getByRole("button", { name: "Add URL" }));
    expect(screen.getByRole("alert")).toHaveTextContent("https://");
    await user.clear(url);
    await user.type(url, "https://example.com/a.gif{Enter}");
    expect(screen.getByRole("alert")).toHaveTextContent("png, jpeg, webp");
    await user.clear(url);
    await user.type(url, "https://example.com/a.png{Enter}");
    expect(screen.getByRole("img", { name: "Reference 1" })).toHaveAttribute("src", "https://example.com/a.png");
    expect(screen.queryByRole("alert")).toBeNull();

    const upload = screen.getByLabelText("Upload reference images");
    await user.upload(upload, new File([new Uint8Array(2048)], "big.png", { type: "image/png" }));
    expect(screen.getByRole("alert")).toHaveTextContent('"big.png" is 2 KB; the limit is 1 KB');
    await user.upload(upload, new File([new Uint8Array(16)], "small.png", { type: "image/png" }));
    const thumb = await screen.findByRole("img", { name: "Reference 2" });
    expect(thumb.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    await user.upload(upload, new File([new Uint8Array(16)], "third.webp", { type: "image/webp" }));
    await screen.findByRole("img", { name: "Reference 3" });
    expect(url).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Remove reference image 1" }));
    expect(screen.queryByRole("img", { name: "Reference 3" })).toBeNull();
    expect(screen.getByRole("img", { name: "Reference 1" }).getAttribute("src")).toMatch(/^data:/);
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "p");
    expect(onRequestChange.mock.calls.at(-1)?.[0].input_references).toHaveLength(2);
  });
});

describe("field components on their own", () => {
  it("work inside any react-hook-form form (control prop or FormProvider), keeping number option types", async () => {
    const compiled = compileParameterForm(
      model("x/y", [
        { name: "steps", kind: "enum", source: "typed", sourceKey: "steps", values: [10, 20, 30] },
        { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, integer: true },
        { name: "seed", kind: "boolean", source: "typed", sourceKey: "seed", valueType: "integer" },
      ]),
    );
    const [, steps, n, seed] = compiled.fields;
    const onValid = vi.fn();
    if (!steps || !n || !seed) throw new Error("compiled fields missing");
    const user = userEvent.setup();
    render(<PlainForm fields={[steps, n, seed]} onValid={onValid} />);
    const trigger = screen.getByRole("combobox", { name: "Steps" });
    expect(trigger.closest("[data-mf-slot=field]")).toHaveAttribute("data-state", "unset");
    act(() => trigger.focus());
    await user.keyboard("{Enter}");
    await screen.findByRole("listbox");
    await user.keyboard("{ArrowDown}{Enter}");
    await user.type(screen.getByRole("textbox", { name: "Seed" }), "42");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onValid).toHaveBeenCalled());
    expect(onValid.mock.calls[0]?.[0]).toEqual({ steps: 20, n: 2, seed: 42 });
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(trigger).not.toHaveTextContent("20");
    expect(screen.getByRole("textbox", { name: "Seed" })).toHaveValue("");
  });
});

describe("useModelParameterForm (headless)", () => {
  it("builds the request on demand, from getRequest() and the request getter", async () => {
    const { result } = renderHook(() => useModelParameterForm(everyKindModel));
    expect(result.current.fields.map((f) => f.name)).toContain("seed");
    expect(result.current.getRequest()).toBeUndefined(); // the prompt is required
    expect(result.current.getRequestResult().success).toBe(false);
    act(() => result.current.form.setValue("prompt", "a fox"));
    act(() => result.current.form.setValue("n", 3, { shouldDirty: true }));
    expect(result.current.getRequest()).toEqual({ model: "acme/pixel-v3", prompt: "a fox", n: 3 });
    expect(result.current.request).toEqual({ model: "acme/pixel-v3", prompt: "a fox", n: 3 });
    const onSubmit = vi.fn();
    await act(() => result.current.handleSubmit(onSubmit)());
    expect(onSubmit).toHaveBeenCalledWith(
      { model: "acme/pixel-v3", prompt: "a fox", n: 3 },
      expect.objectContaining({ n: 3 }),
    );
  });
});
