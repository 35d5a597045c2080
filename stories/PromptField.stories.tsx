import { PromptField } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FieldExample, FieldGallery } from "./support/field-example";

const none = {};

const meta = {
  title: "Fields/PromptField",
  component: PromptField,
  parameters: { docs: { description: { component: "The prompt textarea the compiler adds to every form." } } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Empty and required, filled, with a length limit, optional, disabled and invalid. */
export const AllStates: Story = {
  render: () => (
    <FieldGallery>
      <FieldExample title="Empty" supported={none} name="prompt" Component={PromptField} prompt={{}} />
      <FieldExample
        title="Filled"
        supported={none}
        name="prompt"
        Component={PromptField}
        prompt={{}}
        defaultValues={{ prompt: "A lighthouse at dusk, volumetric fog, 35 mm film" }}
      />
      <FieldExample
        title="Length limit"
        supported={none}
        name="prompt"
        Component={PromptField}
        prompt={{ maxLength: 80 }}
        defaultValues={{ prompt: "A watercolor fox in a snowy birch forest" }}
      />
      <FieldExample
        title="Optional"
        supported={none}
        name="prompt"
        Component={PromptField}
        prompt={{ required: false }}
      />
      <FieldExample title="Disabled" supported={none} name="prompt" Component={PromptField} prompt={{}} disabled />
      <FieldExample
        title="Invalid"
        supported={none}
        name="prompt"
        Component={PromptField}
        prompt={{}}
        error="Describe the image you want."
      />
    </FieldGallery>
  ),
};

/** Typing updates the value. */
export const Typing: Story = {
  render: () => <FieldExample title="Prompt" supported={none} name="prompt" Component={PromptField} prompt={{}} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("textbox", { name: "Prompt" }), "a red kite");
    await waitFor(() => expect(canvas.getByTestId("value-Prompt")).toHaveTextContent('"a red kite"'));
  },
};
