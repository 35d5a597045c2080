import { ModelParameterForm } from "@model-forms/forms";
import { ResetToDefaults } from "@model-forms/forms/generation";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";

const meta = {
  title: "Generation/ResetToDefaults",
  component: ResetToDefaults,
  args: { onReset: fn() },
  parameters: {
    docs: {
      description: {
        component:
          "A button that puts the surrounding `<ModelParameterForm>` back to its model's published defaults, so a " +
          "user who tried many settings can start over in one click. The prompt text is kept unless " +
          "`keepPrompt={false}`. Render it as a child of the form.",
      },
    },
  },
  render: (args) => (
    <div style={{ maxWidth: "36rem" }}>
      <ModelParameterForm modelId="acme/pixel-v3/turbo">
        <ResetToDefaults {...args} />
      </ModelParameterForm>
    </div>
  ),
} satisfies Meta<typeof ResetToDefaults>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Change the image count and the steps, reset: both go back to the model's defaults, the prompt stays. */
export const KeepsThePrompt: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const prompt = await canvas.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    await userEvent.type(prompt, "a lighthouse at dusk");
    // A slider's thumb is Radix's from its first focus on (it rests as plain markup until then): query it again.
    const images = () => canvas.getByRole("slider", { name: "Images" });
    const steps = () => canvas.getByRole("slider", { name: "Inference steps" });
    images().focus();
    await userEvent.keyboard("{End}");
    await waitFor(() => expect(images()).toHaveAttribute("aria-valuenow", "4"));
    steps().focus();
    await userEvent.keyboard("{Home}");
    await waitFor(() => expect(steps()).toHaveAttribute("aria-valuenow", "1"));

    await userEvent.click(canvas.getByRole("button", { name: "Reset to model defaults" }));
    await waitFor(() => expect(images()).toHaveAttribute("aria-valuenow", "1"));
    await expect(steps()).toHaveAttribute("aria-valuenow", "4");
    await expect(prompt).toHaveValue("a lighthouse at dusk");
    await expect(args.onReset).toHaveBeenCalledTimes(1);
  },
};

/** `keepPrompt={false}`: the prompt is cleared too. */
export const ClearsThePrompt: Story = {
  args: { keepPrompt: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const prompt = await canvas.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    await userEvent.type(prompt, "a lighthouse at dusk");
    await userEvent.click(canvas.getByRole("button", { name: "Reset to model defaults" }));
    await waitFor(() => expect(prompt).toHaveValue(""));
  },
};
