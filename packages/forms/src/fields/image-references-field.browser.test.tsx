import type { ImageModel } from "@model-forms/client";
import { describe, expect, it, vi } from "vitest";
import { page } from "vitest/browser";
import { render } from "vitest-browser-react";
import { ModelParameterForm } from "../index";
import "../styles/styles.css";

const model: ImageModel = {
  id: "acme/edit",
  name: "Edit",
  parameterWarnings: [],
  parameters: [
    {
      name: "input_references",
      kind: "image_references",
      source: "typed",
      sourceKey: "input_references",
      minItems: 0,
      maxItems: 2,
      constraints: { formats: ["jpeg"], maxBytes: 120_000, maxWidth: 512, maxHeight: 512 },
    },
  ],
};

/** A noisy PNG file the model would refuse three times over: too wide, too heavy, wrong format. */
async function bigPng(width: number, height: number): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
  const pixels = context.createImageData(width, height);
  crypto.getRandomValues(new Uint8Array(pixels.data.buffer).subarray(0, 65536));
  for (let i = 65536; i < pixels.data.length; i += 65536) pixels.data.copyWithin(i, 0, 65536);
  for (let i = 3; i < pixels.data.length; i += 4) pixels.data[i] = 255;
  context.putImageData(pixels, 0, 0);
  const blob = await canvas.convertToBlob({ type: "image/png" });
  return new File([blob], "photo.png", { type: "image/png" });
}

describe("ImageReferencesField in real Chromium", () => {
  it("a dropped image over every limit is downscaled and re-encoded with a note, and the request carries it", async () => {
    const onSubmit = vi.fn();
    await render(<ModelParameterForm model={model} onSubmit={onSubmit} defaultValues={{ prompt: "a fox" }} />);
    const file = await bigPng(1200, 800);
    const zone = document.querySelector('[data-mf-slot="reference-dropzone"]') as HTMLElement;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    zone.dispatchEvent(new DragEvent("dragenter", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));

    const thumb = page.getByRole("img", { name: "Reference 1" });
    await expect.element(thumb, { timeout: 20_000 }).toBeInTheDocument();
    await expect
      .element(page.getByText(/^Reference 1: downscaled from 1200×800 to 512×341, saved as JPEG/))
      .toBeInTheDocument();

    await page.getByRole("button", { name: "Generate" }).click();
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const request = onSubmit.mock.calls[0]?.[0] as { input_references: string[] };
    const [reference] = request.input_references;
    expect(reference).toMatch(/^data:image\/jpeg;base64,/);
    const blob = await (await fetch(reference as string)).blob();
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).toEqual([512, 341]);
    expect(blob.size).toBeLessThanOrEqual(120_000);
  });

  it("a pasted image is added; at the limit focus stays on a usable control", async () => {
    await render(<ModelParameterForm model={model} />);
    const zone = document.querySelector('[data-mf-slot="references"]') as HTMLElement;
    const canvas = new OffscreenCanvas(40, 30);
    (canvas.getContext("2d") as OffscreenCanvasRenderingContext2D).fillRect(0, 0, 40, 30);
    const small = await canvas.convertToBlob({ type: "image/jpeg" });
    for (const name of ["a.jpg", "b.jpg"]) {
      const url = page.getByRole("textbox", { name: "Reference images" });
      (url.element() as HTMLElement).focus();
      const transfer = new DataTransfer();
      transfer.items.add(new File([small], name, { type: "image/jpeg" }));
      (url.element() as HTMLElement).dispatchEvent(
        new ClipboardEvent("paste", { bubbles: true, cancelable: true, clipboardData: transfer }),
      );
      await expect
        .element(page.getByRole("img", { name: `Reference ${name === "a.jpg" ? 1 : 2}` }))
        .toBeInTheDocument();
    }
    expect(zone.querySelectorAll('[data-mf-slot="reference"]')).toHaveLength(2);
    await expect.element(page.getByRole("textbox", { name: "Reference images" })).toBeDisabled();
    await expect.element(page.getByRole("button", { name: "Remove reference image 2" })).toHaveFocus();
  });
});
