import { SliderField } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FieldExample, FieldGallery } from "./support/field-example";

const images = { n: { type: "range", min: 1, max: 8, default: 1 } };
const legacyImages = { max_images: 4 };
const steps = { num_inference_steps: { type: "range", min: 1, max: 100, default: 30 } };
const guidance = { guidance_scale: { type: "range", min: 0, max: 20, default: 7.5 } };
const strength = { strength: { type: "range", min: 0, max: 1, default: 0.75 } };
const noDefault = { n: { type: "range", min: 1, max: 6 } };

const meta = {
  title: "Fields/SliderField",
  component: SliderField,
  parameters: {
    docs: { description: { component: "A Radix Slider paired with a number box, for `range` parameters." } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Integer counts, legacy `max_images`, continuous ranges, no published default, disabled and invalid. */
export const AllStates: Story = {
  render: () => (
    <FieldGallery>
      <FieldExample title="Image count" supported={images} name="n" Component={SliderField} />
      <FieldExample title="Legacy max_images" supported={legacyImages} name="n" Component={SliderField} />
      <FieldExample title="Inference steps" supported={steps} name="num_inference_steps" Component={SliderField} />
      <FieldExample title="Continuous guidance" supported={guidance} name="guidance_scale" Component={SliderField} />
      <FieldExample title="Strength 0 to 1" supported={strength} name="strength" Component={SliderField} />
      <FieldExample title="No published default" supported={noDefault} name="n" Component={SliderField} />
      <FieldExample title="Disabled" supported={steps} name="num_inference_steps" Component={SliderField} disabled />
      <FieldExample
        title="Invalid"
        supported={images}
        name="n"
        Component={SliderField}
        error="This model returns at most 4 images per request right now."
      />
    </FieldGallery>
  ),
};

/** Move the slider with the keyboard: focus the thumb, three ArrowRight presses, the value (a number) follows. */
export const KeyboardStep: Story = {
  render: () => <FieldExample title="Images" supported={images} name="n" Component={SliderField} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole("slider", { name: "Images" }).focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    // Radix's slider took the resting one's place at the first focus, keeping it: query the thumb again.
    const thumb = canvas.getByRole("slider", { name: "Images" });
    await expect(thumb).toHaveFocus();
    await waitFor(() => expect(thumb).toHaveAttribute("aria-valuenow", "4"));
    await expect(canvas.getByTestId("value-Images")).toHaveTextContent(/^4$/);
    await expect(canvas.getByRole("textbox", { name: "Images" })).toHaveValue("4");
  },
};

/** Typing in the number box moves the thumb too. */
export const TypeInTheNumberBox: Story = {
  render: () => <FieldExample title="Guidance" supported={guidance} name="guidance_scale" Component={SliderField} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole("textbox", { name: "Guidance scale" });
    await userEvent.clear(box);
    await userEvent.type(box, "12.5");
    await waitFor(() =>
      expect(canvas.getByRole("slider", { name: "Guidance scale" })).toHaveAttribute("aria-valuenow", "12.5"),
    );
    await expect(canvas.getByTestId("value-Guidance")).toHaveTextContent(/^12\.5$/);
  },
};
