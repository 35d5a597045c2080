import { NumberField } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FieldExample, FieldGallery } from "./support/field-example";

// `seed: {type: "boolean"}` means "a seed is accepted": an integer 0..2^32-1, far too wide for a slider.
const seed = { seed: { type: "boolean" } };

const meta = {
  title: "Fields/NumberField",
  component: NumberField,
  parameters: {
    docs: { description: { component: "A number box (with Randomize for seeds) for wide integer ranges." } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Unset (provider decides), a chosen seed, zero (a value, not "empty"), disabled and invalid. */
export const AllStates: Story = {
  render: () => (
    <FieldGallery>
      <FieldExample title="Unset" supported={seed} name="seed" Component={NumberField} />
      <FieldExample
        title="Chosen seed"
        supported={seed}
        name="seed"
        Component={NumberField}
        defaultValues={{ seed: 42 }}
      />
      <FieldExample title="Zero" supported={seed} name="seed" Component={NumberField} defaultValues={{ seed: 0 }} />
      <FieldExample title="Disabled" supported={seed} name="seed" Component={NumberField} disabled />
      <FieldExample
        title="Invalid"
        supported={seed}
        name="seed"
        Component={NumberField}
        error="Seeds are whole numbers."
      />
    </FieldGallery>
  ),
};

/** Type a number: the value is a number, not a string. */
export const TypeANumber: Story = {
  render: () => <FieldExample title="Seed" supported={seed} name="seed" Component={NumberField} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole("textbox", { name: "Seed" });
    await userEvent.type(box, "1234");
    await waitFor(() => expect(canvas.getByTestId("value-Seed")).toHaveTextContent(/^1234$/));
    await userEvent.keyboard("{ArrowUp}");
    await waitFor(() => expect(canvas.getByTestId("value-Seed")).toHaveTextContent(/^1235$/));
  },
};
