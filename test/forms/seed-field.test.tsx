import type { ImageModel } from "@model-forms/client";
import {
  getSeedStates,
  ModelParameterForm,
  prepareSeeds,
  recordSeeds,
  type UseModelParameterFormReturn,
  useModelFormContext,
} from "@model-forms/forms";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { everyKindModel, model } from "./models";
import { CustomField, commits, profiledWidgets } from "./widget-profiler";

const flagSeed = model("acme/flag-seed", [
  { name: "seed", kind: "boolean", source: "typed", sourceKey: "seed", valueType: "integer", min: 0, max: 999 },
  { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, default: 1, integer: true, step: 1 },
]);
const rangeSeed = (extra: { default?: number } = {}): ImageModel =>
  model("acme/range-seed", [
    {
      name: "seed",
      kind: "range",
      source: "typed",
      sourceKey: "seed",
      min: 0,
      max: 2 ** 32 - 1,
      integer: true,
      ...extra,
    },
  ]);

let captured: UseModelParameterFormReturn | null = null;
function Capture() {
  captured = useModelFormContext();
  return null;
}
function modelForm(): UseModelParameterFormReturn {
  if (!captured) throw new Error("no form");
  return captured;
}

function setup(target: ImageModel = flagSeed, props: Partial<Parameters<typeof ModelParameterForm>[0]> = {}) {
  const onRequestChange = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <ModelParameterForm
      model={target}
      compileOptions={{ advanced: [] }}
      defaultValues={{ prompt: "a fox" }}
      onRequestChange={onRequestChange}
      {...props}
    >
      <Capture />
    </ModelParameterForm>,
  );
  const lastRequest = () => onRequestChange.mock.calls.at(-1)?.[0];
  const box = () => screen.getByRole("textbox", { name: "Seed" });
  return { user, view, lastRequest, box };
}

describe("SeedField: modes, dice, typing", () => {
  it("starts random: empty box, nothing sent", () => {
    const { lastRequest, box } = setup();
    expect(box()).toHaveValue("");
    expect(box()).toHaveAttribute("placeholder", "Random");
    expect(screen.getByRole("radio", { name: "Random each time" })).toBeChecked();
    expect(screen.getByRole("radiogroup", { name: "Seed mode" })).toBeInTheDocument();
    expect(lastRequest()).not.toHaveProperty("seed");
  });

  it("typing a seed fixes it; clearing the box makes it random again", async () => {
    const { user, lastRequest, box } = setup();
    await user.type(box(), "42");
    expect(screen.getByRole("radio", { name: "Fixed" })).toBeChecked();
    expect(lastRequest()).toMatchObject({ seed: 42 });
    await user.clear(box());
    expect(screen.getByRole("radio", { name: "Random each time" })).toBeChecked();
    expect(lastRequest()).not.toHaveProperty("seed");
  });

  it("the dice (pointer) draws a seed within the bounds and fixes it", async () => {
    const { user, lastRequest, box } = setup();
    await user.click(screen.getByRole("button", { name: "Randomize Seed" }));
    const seed = Number((box() as HTMLInputElement).value);
    expect(Number.isInteger(seed) && seed >= 0 && seed <= 999).toBe(true);
    expect(screen.getByRole("radio", { name: "Fixed" })).toBeChecked();
    expect(lastRequest()).toMatchObject({ seed });
  });

  it("modes by keyboard: arrows move through random, fixed (draws a seed) and increment, and back to random", async () => {
    const { user, lastRequest, box } = setup();
    act(() => screen.getByRole("radio", { name: "Random each time" }).focus());
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Fixed" })).toBeChecked();
    const seed = Number((box() as HTMLInputElement).value);
    expect(Number.isInteger(seed)).toBe(true);
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Increment after each generate" })).toBeChecked();
    expect(box()).toHaveValue(String(seed));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("radio", { name: "Random each time" })).toBeChecked();
    expect(box()).toHaveValue("");
    expect(lastRequest()).not.toHaveProperty("seed");
  });

  it("a seed-sized range without a default is a seed control too, unset; with a default it starts fixed", () => {
    const { view, box } = setup(rangeSeed());
    expect(box()).toHaveValue("");
    expect(screen.getByRole("radio", { name: "Random each time" })).toBeChecked();
    view.unmount();
    setup(rangeSeed({ default: 7 }));
    expect(screen.getByRole("textbox", { name: "Seed" })).toHaveValue("7");
    expect(screen.getByRole("radio", { name: "Fixed" })).toBeChecked();
  });

  it("stays overridable per widget and per field", () => {
    const { view } = setup(flagSeed, { components: { seed: CustomField } });
    expect(screen.getByLabelText("custom seed", { selector: "output" })).toHaveTextContent("seed");
    view.unmount();
    setup(flagSeed, { fieldComponents: { seed: CustomField } });
    expect(screen.getByLabelText("custom seed", { selector: "output" })).toBeInTheDocument();
  });
});

describe("SeedField: the generation loop API (prepareSeeds, recordSeeds)", () => {
  it("random + draw: a fresh seed per generate, shown after it, and reusable", async () => {
    const { user, box } = setup();
    const request = prepareSeeds(modelForm(), modelForm().getRequest() ?? { model: "" }, { draw: true });
    expect(typeof request.seed).toBe("number");
    expect(box()).toHaveValue("");
    act(() => recordSeeds(modelForm(), request));
    const seed = request.seed as number;
    expect(screen.getByRole("status")).toHaveTextContent(`Last seed: ${seed}`);
    expect(box()).toHaveValue("");
    expect(getSeedStates(modelForm())).toEqual({ seed: { mode: "random", last: seed } });
    await user.click(screen.getByRole("button", { name: `Reuse last seed (${seed})` }));
    expect(box()).toHaveValue(String(seed));
    expect(screen.getByRole("radio", { name: "Fixed" })).toBeChecked();
  });

  it("random without draw: nothing sent; a seed the provider reports is still shown", () => {
    setup();
    const request = prepareSeeds(modelForm(), { model: "acme/flag-seed", prompt: "a fox", seed: 5 });
    expect(request).not.toHaveProperty("seed");
    act(() => recordSeeds(modelForm(), request, { seeds: { seed: 77 } }));
    expect(screen.getByRole("status")).toHaveTextContent("Last seed: 77");
  });

  it("increment: sends the value, then moves it on by one", async () => {
    const { user, box } = setup();
    await user.type(box(), "41");
    await user.click(screen.getByRole("radio", { name: "Increment after each generate" }));
    const request = prepareSeeds(modelForm(), modelForm().getRequest() ?? { model: "" });
    expect(request.seed).toBe(41);
    act(() => recordSeeds(modelForm(), request));
    expect(box()).toHaveValue("42");
    expect(screen.getByRole("status")).toHaveTextContent("Last seed: 41");
    await waitFor(() => expect(modelForm().getRequest()).toMatchObject({ seed: 42 }));
  });

  it("fixed: the same seed each time", () => {
    const { box } = setup(flagSeed, { defaultValues: { prompt: "x", seed: 9 } });
    const first = prepareSeeds(modelForm(), modelForm().getRequest() ?? { model: "" });
    act(() => recordSeeds(modelForm(), first));
    expect(first.seed).toBe(9);
    expect(box()).toHaveValue("9");
    expect(prepareSeeds(modelForm(), modelForm().getRequest() ?? { model: "" }).seed).toBe(9);
  });

  it("a required seed in random mode is drawn fresh for each generate", () => {
    setup(rangeSeed({ default: 7 }));
    act(() => screen.getByRole("radio", { name: "Random each time" }).click());
    const draws = new Set(
      Array.from({ length: 5 }, () => prepareSeeds(modelForm(), { model: "m" }, { random: Math.random }).seed),
    );
    expect(draws.size).toBeGreaterThan(1);
  });
});

describe("SeedField: render cost", () => {
  it("typing, a mode change and a recorded seed re-render only the seed field", async () => {
    const user = userEvent.setup();
    render(
      <ModelParameterForm model={flagSeed} components={profiledWidgets} compileOptions={{ advanced: [] }}>
        <Capture />
      </ModelParameterForm>,
    );
    commits.clear();
    await user.type(screen.getByRole("textbox", { name: "Seed" }), "12");
    await user.click(screen.getByRole("radio", { name: "Increment after each generate" }));
    act(() => recordSeeds(modelForm(), { model: "m", seed: 12 }));
    expect([...commits.keys()]).toEqual(["seed"]);
  });
});

describe("ModelParameterForm runs the seed modes on every submit", () => {
  it("increment: the first Generate sends the typed seed, the next one seed + 1; the control shows what was sent", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<ModelParameterForm model={everyKindModel} onSubmit={onSubmit} defaultValues={{ prompt: "a fox" }} />);
    await user.click(screen.getByText("Advanced"));
    await user.type(screen.getByRole("textbox", { name: "Seed" }), "41");
    await user.click(screen.getByRole("radio", { name: "Increment after each generate" }));
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ seed: 41 });
    expect(await screen.findByText("Last seed: 41")).toHaveAttribute("role", "status");
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Seed" })).toHaveValue("42"));
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]?.[0]).toMatchObject({ seed: 42 });
  });

  it("random (the default) sends no seed; a failed submit records nothing", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((_request: unknown) => ({ formError: "Not generated." }));
    render(<ModelParameterForm model={everyKindModel} onSubmit={onSubmit} defaultValues={{ prompt: "a fox" }} />);
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).not.toHaveProperty("seed");
    await user.click(screen.getByText("Advanced"));
    expect(screen.queryByText(/Last seed/)).toBeNull();
  });
});
