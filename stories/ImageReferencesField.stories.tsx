import { normalizeParameters } from "@model-forms/client";
import { addReferenceImage, ImageReferencesField, useModelParameterForm } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useEffect, useMemo } from "react";
import { useWatch } from "react-hook-form";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { fakeImageDataUrl, type Json, routeImageConstraints } from "../fixtures/catalog";
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
/** Tight limits, so a generated photo has to be downscaled and re-encoded to fit. */
const tight = {
  max_input_images: 3,
  input_image_constraints: {
    max_items: 3,
    route: { max_width: 512, max_height: 512, max_bytes: 120000, formats: ["jpeg"] },
  },
};
const [first, second, third] = [fakeImageDataUrl("first"), fakeImageDataUrl("second"), fakeImageDataUrl("third")];
const filled = [first, second, third];

/** A noisy PNG the tight model would refuse three times over (too wide, too heavy, wrong format). */
async function photo(width = 1200, height = 800): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, "#0ea5e9");
  gradient.addColorStop(1, "#f43f5e");
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  const pixels = context.getImageData(0, 0, width, height);
  for (let i = 0; i < pixels.data.length; i += 4)
    pixels.data[i + 1] = (pixels.data[i + 1] ?? 0) ^ ((i * 2654435761) >>> 24);
  context.putImageData(pixels, 0, 0);
  return new File([await canvas.convertToBlob({ type: "image/png" })], "photo.png", { type: "image/png" });
}

const meta = {
  title: "Fields/ImageReferencesField",
  component: ImageReferencesField,
  parameters: {
    docs: {
      description: {
        component:
          "The reference-image manager: drag-and-drop, paste, URL or file; reorder by keyboard (move buttons) or pointer (drag a thumbnail); images over the model's limits are downscaled or re-encoded with a note; `addReferenceImage` adds a result from a generation loop.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** A references field that receives an image through `addReferenceImage`, as a generation loop would. */
function PreparedExample({ title, supported }: { title: string; supported: { [key: string]: Json } }) {
  const descriptors = useMemo(() => normalizeParameters(supported).parameters, [supported]);
  const modelForm = useModelParameterForm(descriptors, { compileOptions: { prompt: false, modelId: "story/edit" } });
  const field = modelForm.fields.find((candidate) => candidate.name === "input_references");
  const value = useWatch({ control: modelForm.form.control, name: "input_references" });
  useEffect(() => {
    let live = true;
    void photo().then((file) => (live ? addReferenceImage(modelForm, file) : undefined));
    return () => {
      live = false;
    };
  }, [modelForm]);
  if (!field) return null;
  return (
    <section data-slot="story-example" aria-label={title}>
      <h2 data-slot="story-example-title">{title}</h2>
      <ImageReferencesField field={field} control={modelForm.form.control} />
      <p data-slot="story-value">
        Value: <code data-testid={`value-${title}`}>{Array.isArray(value) ? `${value.length} image(s)` : "unset"}</code>
      </p>
    </section>
  );
}

/** Empty, legacy limits, filled (mixed entries), prepared to fit (with its note), full, required, disabled, invalid. */
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
          input_references: [first, { type: "image_url", image_url: { url: second } }],
        }}
      />
      <PreparedExample title="Downscaled to fit" supported={tight} />
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
        defaultValues={{ input_references: [first] }}
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

/** Keyboard: add a URL with Enter, move it earlier, remove it; focus never leaves the field. */
export const KeyboardManage: Story = {
  render: () => (
    <FieldExample
      title="References"
      supported={typed}
      name="input_references"
      Component={ImageReferencesField}
      defaultValues={{ input_references: [first] }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole("textbox", { name: "Reference images" });
    box.focus();
    await userEvent.keyboard("https://example.com/ref.png{Enter}");
    await waitFor(() => expect(canvas.getByRole("img", { name: "Reference 2" })).toBeInTheDocument());
    const move = canvas.getByRole("button", { name: "Move reference image 2 earlier" });
    move.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() =>
      expect(canvas.getByRole("img", { name: "Reference 1" })).toHaveAttribute("src", "https://example.com/ref.png"),
    );
    await expect(canvas.getByRole("button", { name: "Move reference image 1 later" })).toHaveFocus();
    canvas.getByRole("button", { name: "Remove reference image 1" }).focus();
    await userEvent.keyboard("{Enter}");
    await expect(canvas.getByRole("button", { name: "Remove reference image 1" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(box).toHaveFocus();
    await expect(canvas.getByTestId("value-References")).toHaveTextContent("[]");
  },
};

/** Pointer: drag the first thumbnail onto the third; click remove. */
export const PointerReorder: Story = {
  render: () => (
    <FieldExample
      title="References"
      supported={typed}
      name="input_references"
      Component={ImageReferencesField}
      defaultValues={{ input_references: filled }}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [from, , to] = canvas.getAllByRole("img");
    await userEvent.pointer([
      { keys: "[MouseLeft>]", target: from as HTMLElement },
      { target: to as HTMLElement },
      { keys: "[/MouseLeft]", target: to as HTMLElement },
    ]);
    await waitFor(() =>
      expect(canvas.getAllByRole("img").map((img) => img.getAttribute("src"))).toEqual([second, third, first]),
    );
    await userEvent.click(canvas.getByRole("button", { name: "Remove reference image 3" }));
    await waitFor(() => expect(canvas.getAllByRole("img")).toHaveLength(2));
  },
};

/** Drop a photo over every limit: it is downscaled and re-encoded, with a note; paste adds another. */
export const DropAndPaste: Story = {
  render: () => (
    <FieldExample title="References" supported={tight} name="input_references" Component={ImageReferencesField} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const zone = canvasElement.querySelector('[data-mf-slot="reference-dropzone"]') as HTMLElement;
    const transfer = new DataTransfer();
    transfer.items.add(await photo());
    zone.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await waitFor(() => expect(canvas.getByRole("img", { name: "Reference 1" })).toBeInTheDocument(), {
      timeout: 20000,
    });
    await expect(
      canvas.getByText(/^Reference 1: downscaled from 1200×800 to 512×341, saved as JPEG/),
    ).toBeInTheDocument();
    const clip = new DataTransfer();
    clip.items.add(await photo(300, 200));
    const box = canvas.getByRole("textbox", { name: "Reference images" });
    box.dispatchEvent(new ClipboardEvent("paste", { bubbles: true, cancelable: true, clipboardData: clip }));
    await waitFor(() => expect(canvas.getByRole("img", { name: "Reference 2" })).toBeInTheDocument(), {
      timeout: 20000,
    });
    await expect(canvas.getByText(/^Reference 2: saved as JPEG/)).toBeInTheDocument();
  },
};
