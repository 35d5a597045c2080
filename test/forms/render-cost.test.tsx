import {
  defaultWidgets,
  type FieldComponentProps,
  ModelParameterForm,
  resolveFieldComponent,
  useImageRequest,
  type WidgetComponents,
} from "@model-forms/forms";
import { compileParameterForm } from "@model-forms/forms/core";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ComponentProps, Profiler } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { focusSlider } from "./focus-slider";
import { everyKindModel } from "./models";

/** Counts renders of the form root: it is the only component that calls useForm. */
const rootRenders = vi.hoisted(() => ({ count: 0 }));
/** Calls of the subscribing hooks from our components (react-hook-form's own internal calls are not counted). */
const hookCalls = vi.hoisted(() => ({ useWatch: 0, useFormState: 0 }));
vi.mock("react-hook-form", async (importOriginal) => {
  const actual = await importOriginal<typeof import("react-hook-form")>();
  return {
    ...actual,
    useForm: (...args: Parameters<typeof actual.useForm>) => {
      rootRenders.count++;
      return actual.useForm(...args);
    },
    useWatch: ((...args: Parameters<typeof actual.useWatch>) => {
      hookCalls.useWatch++;
      return actual.useWatch(...args);
    }) as typeof actual.useWatch,
    useFormState: (...args: Parameters<typeof actual.useFormState>) => {
      hookCalls.useFormState++;
      return actual.useFormState(...args);
    },
  };
});

/** Renders of FieldShell, the frame of every field (label, hint, error). */
const shellRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../packages/forms/src/fields/field-shell", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../packages/forms/src/fields/field-shell")>();
  return {
    ...actual,
    FieldShell: (props: Parameters<typeof actual.FieldShell>[0]) => {
      shellRenders.count++;
      return actual.FieldShell(props);
    },
  };
});

/** Commits per field (a Profiler around each default widget) and for the whole form. */
const commits = new Map<string, number>();
const count = (id: string) => commits.set(id, (commits.get(id) ?? 0) + 1);
function ProfiledField(props: FieldComponentProps) {
  const Component = resolveFieldComponent(props.field);
  return (
    <Profiler id={props.field.name} onRender={(id) => count(id)}>
      <Component {...props} />
    </Profiler>
  );
}
const profiled: WidgetComponents = Object.fromEntries(
  Object.keys(defaultWidgets).map((widget) => [widget, ProfiledField]),
);

function setup(props: Partial<ComponentProps<typeof ModelParameterForm>> = {}) {
  const view = render(
    <Profiler id="form" onRender={() => count("form")}>
      <ModelParameterForm model={everyKindModel} components={profiled} {...props} />
    </Profiler>,
  );
  commits.clear();
  rootRenders.count = 0;
  hookCalls.useWatch = 0;
  hookCalls.useFormState = 0;
  shellRenders.count = 0;
  return view;
}

/** Field commits since the last reset, without zeros. */
function fieldCommits(): Record<string, number> {
  return Object.fromEntries([...commits].filter(([id, n]) => id !== "form" && n > 0));
}

describe("render cost: a change re-renders only its field", () => {
  beforeEach(() => commits.clear());

  it("typing 20 prompt characters commits nothing: the textarea is uncontrolled", async () => {
    const user = userEvent.setup();
    setup();
    const prompt = screen.getByRole("textbox", { name: "Prompt" });
    await user.type(prompt, "a lighthouse at dusk");
    expect(prompt).toHaveValue("a lighthouse at dusk");
    const fields = fieldCommits();
    console.log(
      `[render-cost] prompt x20: root renders ${rootRenders.count}, form commits ${commits.get("form")}, fields ${JSON.stringify(fields)}`,
    );
    expect(rootRenders.count).toBe(0);
    expect(fields).toEqual({});
    expect(commits.get("form") ?? 0).toBe(0);
    expect(hookCalls).toEqual({ useWatch: 0, useFormState: 0 });
  });

  it("with a maxLength, typing re-renders only the length counter", async () => {
    const user = userEvent.setup();
    setup({ compileOptions: { prompt: { maxLength: 100 } } });
    const prompt = screen.getByRole("textbox", { name: "Prompt" });
    await user.type(prompt, "a lighthouse at dusk");
    expect(screen.getByText("20/100")).toBeInTheDocument();
    const fields = fieldCommits();
    console.log(
      `[render-cost] prompt x20 with counter: fields ${JSON.stringify(fields)} hooks ${JSON.stringify(hookCalls)}`,
    );
    expect(rootRenders.count).toBe(0);
    // One commit per keystroke, each rendering the counter (its useWatch) and no field (no useFormState).
    expect(fields).toEqual({ prompt: 20 });
    expect(commits.get("form")).toBe(20);
    expect(hookCalls).toEqual({ useWatch: 20, useFormState: 0 });
  });

  it("typing in a text input commits nothing either", async () => {
    const user = userEvent.setup();
    setup();
    const input = screen.getByRole("textbox", { name: "Negative prompt" });
    await user.type(input, "blurry");
    expect(input).toHaveValue("blurry");
    expect(fieldCommits()).toEqual({});
    expect(rootRenders.count).toBe(0);
  });

  it("one select choice re-renders only that select", async () => {
    const user = userEvent.setup();
    setup();
    const trigger = screen.getByRole("combobox", { name: "Quality" });
    act(() => trigger.focus());
    await user.keyboard("{Enter}");
    await screen.findByRole("listbox");
    await user.keyboard("{ArrowDown}{Enter}");
    // Radix's trigger took the plain one's place at the first open: query it again.
    expect(screen.getByRole("combobox", { name: "Quality" })).toHaveTextContent("high");
    const fields = fieldCommits();
    console.log(`[render-cost] select: root renders ${rootRenders.count}, fields ${JSON.stringify(fields)}`);
    expect(rootRenders.count).toBe(0);
    expect(Object.keys(fields)).toEqual(["quality"]);
  });

  it("one slider step re-renders only that slider", async () => {
    const user = userEvent.setup();
    setup();
    const thumb = focusSlider("Guidance");
    commits.clear();
    await user.keyboard("{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuenow", "7.5");
    expect(screen.getByRole("textbox", { name: "Guidance" })).toHaveValue("7.5");
    const fields = fieldCommits();
    console.log(
      `[render-cost] slider step: root renders ${rootRenders.count}, fields ${JSON.stringify(fields)}, shell renders ${shellRenders.count}, hooks ${JSON.stringify(hookCalls)}`,
    );
    expect(rootRenders.count).toBe(0);
    expect(Object.keys(fields)).toEqual(["guidance"]);
    // Only the value-subscribing controls re-render: not the field's frame, not its error or set/unset subscriptions.
    expect(shellRenders.count).toBe(0);
    expect(hookCalls).toEqual({ useWatch: 0, useFormState: 0 });
  });
});

let previewRenders = 0;
function CountingPreview() {
  previewRenders++;
  const { request } = useImageRequest();
  return <output aria-label="request">{JSON.stringify(request ?? null)}</output>;
}

describe("render cost: a live preview", () => {
  it("useImageRequest re-renders only the preview (and the typed field), never the root", async () => {
    const user = userEvent.setup();
    render(
      <ModelParameterForm model={everyKindModel} components={profiled}>
        <CountingPreview />
      </ModelParameterForm>,
    );
    commits.clear();
    rootRenders.count = 0;
    previewRenders = 0;
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "a lighthouse");
    expect(screen.getByRole("status", { name: "request" })).toHaveTextContent('"prompt":"a lighthouse"');
    console.log(
      `[render-cost] preview x12: root ${rootRenders.count}, preview ${previewRenders}, fields ${JSON.stringify(fieldCommits())}`,
    );
    expect(rootRenders.count).toBe(0);
    expect(fieldCommits()).toEqual({});
    expect(previewRenders).toBeGreaterThanOrEqual(12);
    expect(previewRenders).toBeLessThanOrEqual(14);
  });
});

describe("render cost: form-level changes", () => {
  it("a rejected submit re-renders the root (to show the error) without re-rendering the fields", async () => {
    const user = userEvent.setup();
    let fail = false;
    render(
      <ModelParameterForm
        model={everyKindModel}
        components={profiled}
        defaultValues={{ prompt: "a fox" }}
        onSubmit={() => (fail ? Promise.reject(new Error("nope")) : Promise.resolve())}
      />,
    );
    const submit = async () => {
      commits.clear();
      rootRenders.count = 0;
      await user.click(screen.getByRole("button", { name: "Generate" }));
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
      return { root: rootRenders.count, fields: fieldCommits() };
    };
    // react-hook-form itself notifies every field once per submit (its errors object is replaced): the baseline.
    const ok = await submit();
    fail = true;
    const rejected = await submit();
    expect(screen.getByRole("alert")).toHaveTextContent("nope");
    console.log(`[render-cost] submit ok: ${JSON.stringify(ok)}; rejected: ${JSON.stringify(rejected)}`);
    expect(ok.root).toBe(0);
    expect(rejected.root).toBeGreaterThan(0);
    expect(rejected.fields).toEqual(ok.fields);
  });
});

describe("validation cost: a change validates only its field", () => {
  it("slider steps after the first blur parse the slider's own schema, not the whole form's; submit parses it all", async () => {
    const user = userEvent.setup();
    const compiled = compileParameterForm(everyKindModel);
    // zodResolver runs zod's internal `run` of the object schema: count it.
    const whole = vi.spyOn((compiled.schema as unknown as { _zod: { run(...args: unknown[]): unknown } })._zod, "run");
    const onSubmit = vi.fn();
    render(<ModelParameterForm model={compiled} onSubmit={onSubmit} defaultValues={{ prompt: "a fox" }} />);
    const thumb = focusSlider("Guidance");
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(thumb).toHaveAttribute("aria-valuenow", "8.5");
    expect(whole).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(whole).toHaveBeenCalled();
  });
});
