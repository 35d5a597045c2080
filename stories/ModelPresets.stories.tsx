import { ModelParameterForm } from "@model-forms/forms";
import { createPresetStore, ModelPresets, memoryStorage } from "@model-forms/forms/generation";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";

const modelId = "acme/pixel-v3/turbo";

/** A form for the turbo model with a preset store (in memory here) that already holds one preset. */
function PresetsExample() {
  const [store] = useState(() => {
    const presets = createPresetStore({ storage: memoryStorage() });
    presets.save(modelId, "Four quick drafts", { n: 4, num_inference_steps: 2 });
    return presets;
  });
  return (
    <div style={{ maxWidth: "36rem" }}>
      <ModelParameterForm modelId={modelId}>
        <ModelPresets store={store} />
      </ModelParameterForm>
    </div>
  );
}

const meta = {
  title: "Generation/ModelPresets",
  component: ModelPresets,
  parameters: {
    docs: {
      description: {
        component:
          "Named presets for the model of the surrounding `<ModelParameterForm>`: pick one and Apply it (its values " +
          "are migrated onto the model's current schema, and what had to change is reported), Delete it, or save " +
          "the current values under a name. Render it as a child of the form, with a store from " +
          "`createPresetStore()` (localStorage by default, or any storage adapter).",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Apply the saved preset (the Images and Inference steps sliders move), then save the current values as a new one. */
export const ApplyAndSave: Story = {
  render: () => <PresetsExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const images = await canvas.findByRole("slider", { name: "Images" }, { timeout: 5000 });
    await expect(images).toHaveAttribute("aria-valuenow", "1");
    await expect(canvas.getByRole("combobox", { name: "Preset" })).toHaveValue("Four quick drafts");
    await userEvent.click(canvas.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(images).toHaveAttribute("aria-valuenow", "4"));
    await expect(canvas.getByRole("slider", { name: "Inference steps" })).toHaveAttribute("aria-valuenow", "2");
    await expect(canvas.getByText("Applied “Four quick drafts”.")).toBeVisible();

    await userEvent.type(canvas.getByRole("textbox", { name: "Preset name" }), "Batch of four");
    await userEvent.click(canvas.getByRole("button", { name: "Save preset" }));
    await expect(await canvas.findByText("Saved “Batch of four”.")).toBeVisible();
    await expect(canvas.getByRole("combobox", { name: "Preset" })).toHaveValue("Batch of four");
    await expect(canvas.getAllByRole("option")).toHaveLength(2);
  },
};
