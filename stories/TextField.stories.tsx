import { TextField } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FieldExample, FieldGallery } from "./support/field-example";

// `negative_prompt: {type: "boolean"}` says "a negative prompt is accepted": a text request field.
const text = { negative_prompt: { type: "boolean" } };

const meta = {
  title: "Fields/TextField",
  component: TextField,
  parameters: {
    docs: { description: { component: "A one-line text input (e.g. `negative_prompt`); empty text is unset." } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Empty (unset), filled, disabled and invalid. */
export const AllStates: Story = {
  render: () => (
    <FieldGallery>
      <FieldExample title="Empty" supported={text} name="negative_prompt" Component={TextField} />
      <FieldExample
        title="Filled"
        supported={text}
        name="negative_prompt"
        Component={TextField}
        defaultValues={{ negative_prompt: "blurry" }}
      />
      <FieldExample title="Disabled" supported={text} name="negative_prompt" Component={TextField} disabled />
      <FieldExample title="Invalid" supported={text} name="negative_prompt" Component={TextField} error="Too long." />
    </FieldGallery>
  ),
};

/** Typing stores the text; clearing it stores `undefined` (unset) again. */
export const TypeAndClear: Story = {
  render: () => <FieldExample title="Negative" supported={text} name="negative_prompt" Component={TextField} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole("textbox", { name: /Negative prompt/ });
    await userEvent.type(box, "blurry");
    await waitFor(() => expect(canvas.getByTestId("value-Negative")).toHaveTextContent('"blurry"'));
    await userEvent.clear(box);
    await waitFor(() => expect(canvas.getByTestId("value-Negative")).toHaveTextContent(/^unset$/));
  },
};
