import { ImageReferencesField } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { fakeImageDataUrl, routeImageConstraints } from "../fixtures/catalog";
import { FieldExample, FieldGallery } from "./support/field-example";

const typed = { input_references: { type: "range", min: 0, max: 4 } };
const legacy = {
  max_input_images: 3,
  input_image_constraints: {
    max_items: 3,
    route: routeImageConstraints,
    provider: { max_bytes: 7340032, formats: ["png", "jpeg", "webp"], source: "provider-docs" },
  },
};
const required = { input_references: { type: "range", min: 1, max: 1 } };

const meta = {
  title: "Fields/ImageReferencesField",
  component: ImageReferencesField,
  parameters: {
    docs: { description: { component: "Reference images for image-to-image: URLs, data URLs or uploads." } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Empty, legacy limits, filled (mixed URL, data URL, image_url object), full, required, disabled and invalid. */
export const AllStates: Story = {
  render: () => (
    <FieldGallery>
      <FieldExample title="Empty" supported={typed} name="input_references" Component={ImageReferencesField} />
      <FieldExample title="Legacy limits" supported={legacy} name="input_references" Component={ImageReferencesField} />
      <FieldExample
        title="Filled"
        supported={typed}
        name="input_references"
        Component={ImageReferencesField}
        defaultValues={{
          input_references: [
            fakeImageDataUrl("first"),
            { type: "image_url", image_url: { url: fakeImageDataUrl("second") } },
          ],
        }}
      />
      <FieldExample
        title="Full"
        supported={required}
        name="input_references"
        Component={ImageReferencesField}
        defaultValues={{ input_references: [fakeImageDataUrl("only")] }}
      />
      <FieldExample title="Required" supported={required} name="input_references" Component={ImageReferencesField} />
      <FieldExample
        title="Disabled"
        supported={typed}
        name="input_references"
        Component={ImageReferencesField}
        disabled
      />
      <FieldExample
        title="Invalid"
        supported={required}
        name="input_references"
        Component={ImageReferencesField}
        error="Add at least one reference image."
      />
    </FieldGallery>
  ),
};

/** Add a reference by URL, then remove it. */
export const AddAndRemove: Story = {
  render: () => (
    <FieldExample title="References" supported={typed} name="input_references" Component={ImageReferencesField} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("textbox", { name: "Reference images" }), "https://example.com/ref.png");
    await userEvent.click(canvas.getByRole("button", { name: "Add URL" }));
    await waitFor(() =>
      expect(canvas.getByTestId("value-References")).toHaveTextContent('["https://example.com/ref.png"]'),
    );
    await userEvent.click(canvas.getByRole("button", { name: "Remove reference image 1" }));
    await waitFor(() => expect(canvas.getByTestId("value-References")).toHaveTextContent("[]"));
  },
};
