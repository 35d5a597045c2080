import { FieldShell } from "@model-forms/forms";
import type { FormField } from "@model-forms/forms/core";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

/** A hand-made field: FieldShell only reads its label, description, hint and `required`. */
const field = {
  name: "style",
  label: "Style",
  description: "How the picture should look.",
  hint: "Free text",
  constraints: { required: true },
} as FormField;

const meta = {
  title: "Fields/FieldShell",
  component: FieldShell,
  args: { field, children: ({ control }) => <input {...control} data-mf-slot="input" /> },
  parameters: {
    docs: {
      description: {
        component:
          "The frame of every field, for your own widgets: label, description, hint and error, linked to the control " +
          "through ids from one `useId` (`aria-describedby` names the error only while there is one).",
      },
    },
  },
} satisfies Meta<typeof FieldShell>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A custom control inside the shell: labelled, described, required. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole("textbox", { name: "Style" });
    await expect(box).toHaveAccessibleDescription("How the picture should look. Free text");
    await expect(box).toBeRequired();
  },
};

/** With an error: announced, and added to the control's description. */
export const Invalid: Story = {
  args: { error: "Pick a style." },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole("textbox", { name: "Style" });
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(box).toHaveAccessibleDescription(/Pick a style\./);
    await expect(canvas.getByRole("alert")).toHaveTextContent("Pick a style.");
  },
};
