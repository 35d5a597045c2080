import { ToggleField } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FieldExample, FieldGallery } from "./support/field-example";

// `{type: "boolean"}` on a switch-like name is a true/false request field.
const flag = { enhance_prompt: { type: "boolean" } };

const meta = {
  title: "Fields/ToggleField",
  component: ToggleField,
  parameters: { docs: { description: { component: "A checkbox for a true/false parameter; unset until changed." } } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Unset (the provider decides), on, off, disabled and invalid. */
export const AllStates: Story = {
  render: () => (
    <FieldGallery>
      <FieldExample title="Unset" supported={flag} name="enhance_prompt" Component={ToggleField} />
      <FieldExample
        title="On"
        supported={flag}
        name="enhance_prompt"
        Component={ToggleField}
        defaultValues={{ enhance_prompt: true }}
      />
      <FieldExample
        title="Off"
        supported={flag}
        name="enhance_prompt"
        Component={ToggleField}
        defaultValues={{ enhance_prompt: false }}
      />
      <FieldExample title="Disabled" supported={flag} name="enhance_prompt" Component={ToggleField} disabled />
      <FieldExample
        title="Invalid"
        supported={flag}
        name="enhance_prompt"
        Component={ToggleField}
        error="Not for this model."
      />
    </FieldGallery>
  ),
};

/** Click: the value is a boolean, not a string. */
export const Toggle: Story = {
  render: () => <FieldExample title="Enhance" supported={flag} name="enhance_prompt" Component={ToggleField} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("checkbox", { name: /Enhance prompt/ }));
    await waitFor(() => expect(canvas.getByTestId("value-Enhance")).toHaveTextContent(/^true$/));
  },
};
