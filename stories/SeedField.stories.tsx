import { normalizeParameters } from "@model-forms/client";
import { prepareSeeds, recordSeeds, SeedField, setSeedMode, useModelParameterForm } from "@model-forms/forms";
import type { FormValues, SeedMode } from "@model-forms/forms/core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useLayoutEffect, useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { expect, userEvent, waitFor, within } from "storybook/test";
import type { Json } from "../fixtures/catalog";

const flag = { seed: { type: "boolean" } };
const range = { seed: { type: "range", min: 0, max: 4294967295, default: 1234 } };

const meta = {
  title: "Fields/SeedField",
  component: SeedField,
  parameters: {
    docs: {
      description: {
        component:
          "The seed control: random each time (unset), fixed, or increment after each generate; a dice, reuse of the last seed, and the seed that was sent. A generation loop calls `prepareSeeds` before and `recordSeeds` after each generate.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

interface SeedExampleProps {
  title: string;
  supported?: { [key: string]: Json };
  defaultValues?: FormValues;
  mode?: SeedMode;
  /** A seed "sent" before the story starts (shows the last-seed line and the reuse button). */
  last?: number;
  disabled?: boolean;
  error?: string;
  /** Show a Generate button that runs prepareSeeds + recordSeeds, like the generation loop. */
  loop?: boolean;
}

/** One seed field in its own form, with an optional fake generation loop and the value shown. */
function SeedExample({ title, supported = flag, defaultValues, mode, last, disabled, error, loop }: SeedExampleProps) {
  const descriptors = useMemo(() => normalizeParameters(supported).parameters, [supported]);
  const modelForm = useModelParameterForm(descriptors, {
    defaultValues,
    compileOptions: { prompt: false, modelId: "story/seed" },
  });
  const { form, fields } = modelForm;
  const [sent, setSent] = useState<string>("none yet");
  useLayoutEffect(() => {
    if (mode) setSeedMode(modelForm, "seed", mode);
    if (last !== undefined) recordSeeds(modelForm, { model: "story/seed", seed: last });
    if (error) form.setError("seed", { type: "manual", message: error });
  }, [modelForm, form, mode, last, error]);
  const value = useWatch({ control: form.control, name: "seed" });
  const field = fields.find((candidate) => candidate.name === "seed");
  if (!field) return null;
  const generate = () => {
    const request = prepareSeeds(modelForm, modelForm.getRequest() ?? { model: "story/seed" }, { draw: true });
    setSent(JSON.stringify(request.seed ?? null));
    recordSeeds(modelForm, request);
  };
  return (
    <section data-slot="story-example" aria-label={title}>
      <h2 data-slot="story-example-title">{title}</h2>
      <SeedField field={field} control={form.control} disabled={disabled} />
      {loop ? (
        <p data-slot="story-value">
          <button type="button" onClick={generate}>
            Generate
          </button>{" "}
          Sent: <code data-testid={`sent-${title}`}>{sent}</code>
        </p>
      ) : null}
      <p data-slot="story-value">
        Value: <code data-testid={`value-${title}`}>{value === undefined ? "unset" : JSON.stringify(value)}</code>
      </p>
    </section>
  );
}

/** Random (unset), fixed, increment with a last seed, a required range seed, disabled, invalid. */
export const AllStates: Story = {
  render: () => (
    <div data-slot="story-gallery">
      <SeedExample title="Random each time (unset)" />
      <SeedExample title="Fixed" defaultValues={{ seed: 42 }} />
      <SeedExample title="Increment, after a generate" defaultValues={{ seed: 43 }} mode="increment" last={42} />
      <SeedExample title="Random, last seed shown" last={3141592653} />
      <SeedExample title="Range seed with a default" supported={range} />
      <SeedExample title="Disabled" defaultValues={{ seed: 7 }} disabled />
      <SeedExample title="Invalid" defaultValues={{ seed: 7 }} error="This provider only accepts seeds below 1000." />
    </div>
  ),
};

/** Pointer: dice, increment mode, two generates (the seed moves on), then reuse the last one. */
export const PointerLoop: Story = {
  render: () => <SeedExample title="Seed" loop />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Randomize Seed" }));
    const box = canvas.getByRole("textbox", { name: "Seed" });
    await waitFor(() => expect(box).not.toHaveValue(""));
    const first = Number((box as HTMLInputElement).value);
    await userEvent.click(canvas.getByRole("radio", { name: "Increment after each generate" }));
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(canvas.getByTestId("sent-Seed")).toHaveTextContent(String(first)));
    await expect(box).toHaveValue(String(first + 1));
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent(`Last seed: ${first + 1}`));
    await userEvent.click(canvas.getByRole("radio", { name: "Random each time" }));
    await expect(box).toHaveValue("");
    await userEvent.click(canvas.getByRole("button", { name: `Reuse last seed (${first + 1})` }));
    await expect(box).toHaveValue(String(first + 1));
    await expect(canvas.getByRole("radio", { name: "Fixed" })).toBeChecked();
  },
};

/** Keyboard: type a seed (fixed), arrow through the modes, generate in random mode (drawn fresh and shown). */
export const KeyboardModes: Story = {
  render: () => <SeedExample title="Seed" loop />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole("textbox", { name: "Seed" });
    box.focus();
    await userEvent.keyboard("42");
    await waitFor(() => expect(canvas.getByTestId("value-Seed")).toHaveTextContent("42"));
    await expect(canvas.getByRole("radio", { name: "Fixed" })).toBeChecked();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Randomize Seed" })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("radio", { name: "Fixed" })).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}");
    await waitFor(() => expect(canvas.getByRole("radio", { name: "Random each time" })).toBeChecked());
    await expect(box).toHaveValue("");
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Generate" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent(/Last seed: \d+/));
    await expect(box).toHaveValue("");
  },
};
