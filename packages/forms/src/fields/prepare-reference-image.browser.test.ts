import { describe, expect, it } from "vitest";
import { prepareReferenceImage, ReferenceImageError } from "./prepare-reference-image";

/** A generated image: random noise (so it compresses badly) or a smooth gradient, encoded by the browser. */
async function generated(width: number, height: number, type: string, noise = true): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
  if (noise) {
    const pixels = context.createImageData(width, height);
    const data = new Uint32Array(pixels.data.buffer);
    let seed = 42;
    for (let i = 0; i < data.length; i++) {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      data[i] = seed | 0xff000000;
    }
    context.putImageData(pixels, 0, 0);
  } else {
    const gradient = context.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, "#0ea5e9");
    gradient.addColorStop(1, "#f43f5e");
    context.fillStyle = gradient;
    context.fillRect(0, 0, width, height);
  }
  return canvas.convertToBlob({ type });
}

async function decoded(dataUrl: string) {
  const blob = await (await fetch(dataUrl)).blob();
  const bitmap = await createImageBitmap(blob);
  const size = { width: bitmap.width, height: bitmap.height, type: blob.type, bytes: blob.size };
  bitmap.close();
  return size;
}

describe("prepareReferenceImage in real Chromium (canvas)", () => {
  it("downscales and re-encodes an image over the pixel, byte and format limits until it fits", async () => {
    const source = await generated(1600, 1200, "image/png");
    expect(source.size).toBeGreaterThan(3_000_000);
    const limits = { maxWidth: 1024, maxHeight: 1024, maxBytes: 300_000, formats: ["jpeg", "webp"] };
    const { dataUrl, note } = await prepareReferenceImage(source, limits);
    const out = await decoded(dataUrl);
    expect(out.width).toBeLessThanOrEqual(1024);
    expect(out.height).toBeLessThanOrEqual(1024);
    expect(out.width / out.height).toBeCloseTo(4 / 3, 1);
    expect(out.bytes).toBeLessThanOrEqual(300_000);
    expect(["image/webp", "image/jpeg"]).toContain(out.type);
    expect(note).toMatchObject({
      from: { width: 1600, height: 1200, format: "png", bytes: source.size },
      to: { width: out.width, height: out.height, bytes: out.bytes },
      resized: true,
      reencoded: true,
    });
    console.log(`[prepare] 1600x1200 PNG ${source.size} B -> ${out.width}x${out.height} ${out.type} ${out.bytes} B`);
  });

  it("re-encodes a format the model does not take, keeping the size", async () => {
    const source = await generated(320, 200, "image/png", false);
    const { dataUrl, note } = await prepareReferenceImage(source, { formats: ["JPG"] });
    const out = await decoded(dataUrl);
    expect(out).toMatchObject({ width: 320, height: 200, type: "image/jpeg" });
    expect(note).toMatchObject({ resized: false, reencoded: true, to: { format: "jpeg" } });
  });

  it("keeps an image within every limit byte for byte, with no note", async () => {
    const source = await generated(64, 48, "image/png", false);
    const { dataUrl, note } = await prepareReferenceImage(source, {
      formats: ["png"],
      maxBytes: 1_000_000,
      maxWidth: 100,
      maxHeight: 100,
    });
    expect(note).toBeUndefined();
    const bytes = new Uint8Array(await (await fetch(dataUrl)).arrayBuffer());
    expect(bytes).toEqual(new Uint8Array(await source.arrayBuffer()));
  });

  it("refuses an image under the minimum size and bytes that are no image", async () => {
    const tiny = await generated(4, 4, "image/png", false);
    await expect(prepareReferenceImage(tiny, { minWidth: 8, minHeight: 8 })).rejects.toMatchObject({
      code: "too-small",
      width: 4,
      height: 4,
    });
    const junk = new Blob([new Uint8Array(64)], { type: "image/png" });
    const error = await prepareReferenceImage(junk, { maxBytes: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferenceImageError);
  });
});
