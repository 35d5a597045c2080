import { SelectField } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, screen, userEvent, waitFor, within } from "storybook/test";
import { FieldExample, FieldGallery } from "./support/field-example";

const typed = {
  resolution: { type: "enum", values: ["1024x1024", "1536x1024", "1024x1536", "auto"], default: "auto" },
};
const legacy = { resolutions: ["1024*1024", "2K", "16:9", "auto"] };
const single = { resolutions: ["512x512"] };
const numeric = { steps: { type: "enum", values: [4, 8, 16] } };
const long = {
  aspect_ratio: {
    type: "enum",
    values: ["1:1", "1:2", "1:4", "2:1", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "9:16", "16:9"],
  },
};

const meta = {
  title: "Fields/SelectField",
  component: SelectField,
  parameters: { docs: { description: { component: "A Radix Select for `enum` parameters." } } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every state side by side: typed with a default, legacy opaque values, unset, single value, numbers, disabled, invalid. */
export const AllStates: Story = {
  render: () => (
    <FieldGallery>
      <FieldExample title="Typed, provider default" supported={typed} name="resolution" Component={SelectField} />
      <FieldExample title="Legacy values" supported={legacy} name="resolution" Component={SelectField} />
      <FieldExample
        title="Chosen value"
        supported={typed}
        name="resolution"
        Component={SelectField}
        defaultValues={{ resolution: "1536x1024" }}
      />
      <FieldExample title="Single value" supported={single} name="resolution" Component={SelectField} />
      <FieldExample title="Numeric values" supported={numeric} name="steps" Component={SelectField} />
      <FieldExample title="Thirteen options" supported={long} name="aspect_ratio" Component={SelectField} />
      <FieldExample title="Disabled" supported={typed} name="resolution" Component={SelectField} disabled />
      <FieldExample
        title="Invalid"
        supported={typed}
        name="resolution"
        Component={SelectField}
        error="This provider is out of 1536x1024 capacity."
      />
    </FieldGallery>
  ),
};

/** Choose an option with the keyboard only: Enter opens, arrows move (after Radix focuses the item), Enter picks. */
export const KeyboardSelection: Story = {
  render: () => <FieldExample title="Resolution" supported={legacy} name="resolution" Component={SelectField} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole("combobox", { name: "Resolution" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const listbox = await screen.findByRole("listbox");
    // Radix focuses the selected option asynchronously; keys pressed before that are lost.
    // The form starts on "auto" (preferred over the first value when a legacy list offers it).
    await waitFor(() => expect(within(listbox).getByRole("option", { name: "auto" })).toHaveFocus());
    await userEvent.keyboard("{ArrowUp}");
    await waitFor(() => expect(screen.getByRole("option", { name: "16:9" })).toHaveFocus());
    await userEvent.keyboard("{ArrowUp}");
    await waitFor(() => expect(screen.getByRole("option", { name: "2K" })).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    // Radix's trigger took the plain one's place at the first open (focus kept): query it again.
    const shown = () => canvas.getByRole("combobox", { name: "Resolution" });
    await waitFor(() => expect(shown()).toHaveTextContent("2K"));
    await expect(canvas.getByTestId("value-Resolution")).toHaveTextContent('"2K"');
    await expect(shown()).toHaveFocus();
  },
};
