import { FallbackField } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { FieldExample } from "./support/field-example";

// Any field works with the fallback: what the form renders for a widget it has no component for.
const style = { style: { type: "enum", values: ["vivid", "natural"] } };

const meta = {
  title: "Fields/FallbackField",
  component: FallbackField,
  parameters: {
    docs: {
      description: {
        component:
          "What the form renders for a widget name with no registered component: a plain text box, so the field " +
          "stays usable. Register a component with `components={{ widgetName: MyField }}`.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Clearing stores `undefined` (unset); typing stores the text (the form's schema still validates it). */
export const Typing: Story = {
  render: () => <FieldExample title="Style" supported={style} name="style" Component={FallbackField} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole("textbox", { name: "Style" });
    await userEvent.clear(box);
    await waitFor(() => expect(canvas.getByTestId("value-Style")).toHaveTextContent(/^unset$/));
    await userEvent.type(box, "natural");
    await waitFor(() => expect(canvas.getByTestId("value-Style")).toHaveTextContent(/^"natural"$/));
  },
};
