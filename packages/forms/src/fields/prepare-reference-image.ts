import type { ImageConstraints } from "@model-forms/client";
import { fitImageSize, sanitizeImageFormats } from "../core/references/reference-limits";
import { defaultImageReferencesMessages, type ImageReferencesMessages } from "./image-references-messages";

/**
 * What preparing an image changed, for the note shown beside it.
 *
 * @example
 * ```ts
 * const note: ReferenceNote = {
 *   from: { width: 6000, height: 4000, format: "png", bytes: 31457280 },
 *   to: { width: 2048, height: 1365, format: "jpeg", bytes: 912345 },
 *   resized: true, reencoded: true,
 * };
 * ```
 */
export interface ReferenceNote {
  from: { width: number; height: number; format: string; bytes: number };
  to: { width: number; height: number; format: string; bytes: number };
  resized: boolean;
  reencoded: boolean;
}

/** Why an image could not be made to fit: `format`, `too-large`, `too-small` or `unreadable`. */
export class ReferenceImageError extends Error {
  readonly code: "format" | "too-large" | "too-small" | "unreadable";
  readonly width?: number;
  readonly height?: number;
  constructor(code: ReferenceImageError["code"], message: string, size?: { width: number; height: number }) {
    super(message);
    this.name = "ReferenceImageError";
    this.code = code;
    if (size) [this.width, this.height] = [size.width, size.height];
  }
}

/** Options of {@link prepareReferenceImage}. */
export interface PrepareReferenceOptions {
  /** The texts of its errors (`imageRefused`, `unreadableImage`); English by default. */
  messages?: Partial<ImageReferencesMessages>;
}

/** The result of {@link prepareReferenceImage}: a data URL that fits the limits, and what was changed. */
export interface PreparedReference {
  dataUrl: string;
  note?: ReferenceNote;
}

/** Formats canvas encoding can produce, in the order a conversion tries them. */
const ENCODABLE = ["webp", "jpeg", "png"];
/** JPEG / WebP qualities tried before the size is reduced further. */
const QUALITIES = [0.92, 0.85, 0.75, 0.6];

function readAsDataUrl(blob: Blob, unreadable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new ReferenceImageError("unreadable", unreadable));
    reader.readAsDataURL(blob);
  });
}

function formatOf(blob: Blob): string {
  const type = blob.type.toLowerCase();
  return type.startsWith("image/") ? (sanitizeImageFormats([type])[0] ?? "") : "";
}

/** Decodes an image, or `undefined` where the browser cannot (no createImageBitmap, or not an image). */
async function decode(blob: Blob): Promise<ImageBitmap | undefined> {
  if (typeof createImageBitmap !== "function") return undefined;
  try {
    return await createImageBitmap(blob);
  } catch {
    return undefined;
  }
}

async function encode(
  image: ImageBitmap,
  width: number,
  height: number,
  format: string,
  quality: number,
): Promise<Blob | undefined> {
  const type = `image/${format}`;
  if (typeof OffscreenCanvas === "function") {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext("2d");
    if (!context) return undefined;
    context.drawImage(image, 0, 0, width, height);
    return canvas.convertToBlob({ type, quality });
  }
  if (typeof document === "undefined") return undefined;
  const canvas = document.createElement("canvas");
  [canvas.width, canvas.height] = [width, height];
  const context = canvas.getContext("2d");
  if (!context) return undefined;
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? undefined), type, quality));
}

/**
 * Makes an image fit a model's per-image limits instead of refusing it: an image over `maxWidth` / `maxHeight` is
 * downscaled, one in a format the model does not take is re-encoded into one it does, and one over `maxBytes` is
 * re-encoded (lower quality, then smaller) until it fits. An image already within every limit is kept byte for
 * byte. Runs in the browser (canvas); where the browser cannot decode, an image within the byte and format limits
 * is kept as is and anything else is refused.
 *
 * @throws {ReferenceImageError} when the image cannot be read, is under the minimum size, or cannot be made to fit;
 * its message is `messages.imageRefused(code)`.
 * @example
 * ```ts
 * const { dataUrl, note } = await prepareReferenceImage(file, field.constraints.image ?? {});
 * await prepareReferenceImage(file, limits, { messages: { imageRefused: () => "Bild passt nicht" } });
 * ```
 */
export async function prepareReferenceImage(
  blob: Blob,
  constraints: ImageConstraints,
  options: PrepareReferenceOptions = {},
): Promise<PreparedReference> {
  const texts = { ...defaultImageReferencesMessages, ...options.messages };
  const refuse = (code: ReferenceImageError["code"], size?: { width: number; height: number }) =>
    new ReferenceImageError(code, texts.imageRefused(code), size);
  const read = (source: Blob) => readAsDataUrl(source, texts.unreadableImage);
  const allowed = sanitizeImageFormats(constraints.formats);
  const format = formatOf(blob);
  const formatOk = format !== "" && (allowed.length === 0 || allowed.includes(format));
  const bytesOk = constraints.maxBytes === undefined || blob.size <= constraints.maxBytes;
  const pixelLimits = [constraints.minWidth, constraints.minHeight, constraints.maxWidth, constraints.maxHeight].some(
    (limit) => limit !== undefined,
  );
  if (formatOk && bytesOk && !pixelLimits) return { dataUrl: await read(blob) };

  const image = await decode(blob);
  if (!image) {
    // Without a decoder only the byte and format checks can be made.
    if (formatOk && bytesOk) return { dataUrl: await read(blob) };
    if (!formatOk) throw refuse(format ? "format" : "unreadable");
    throw refuse("too-large");
  }
  try {
    const fit = fitImageSize(image.width, image.height, constraints);
    const size = { width: image.width, height: image.height };
    if (fit.tooSmall) throw refuse("too-small", size);
    if (formatOk && bytesOk && !fit.scaled) return { dataUrl: await read(blob) };

    const candidates = [format, ...ENCODABLE].filter(
      (candidate, index, list) =>
        ENCODABLE.includes(candidate) &&
        list.indexOf(candidate) === index &&
        (!allowed.length || allowed.includes(candidate)),
    );
    let { width, height } = fit;
    for (let attempt = 0; attempt < 8; attempt++) {
      for (const target of candidates) {
        const lossy = target !== "png";
        for (const quality of lossy ? QUALITIES : [1]) {
          const encoded = await encode(image, width, height, target, quality);
          // A browser that cannot write this format hands back PNG: try the next format.
          if (!encoded || encoded.type !== `image/${target}`) break;
          if (constraints.maxBytes === undefined || encoded.size <= constraints.maxBytes) {
            const note: ReferenceNote = {
              from: { ...size, format, bytes: blob.size },
              to: { width, height, format: target, bytes: encoded.size },
              resized: width !== image.width || height !== image.height,
              reencoded: true,
            };
            return { dataUrl: await read(encoded), note };
          }
        }
      }
      // Still over the byte limit at the lowest quality: a fifth smaller on each side, and again.
      [width, height] = [Math.max(1, Math.floor(width * 0.8)), Math.max(1, Math.floor(height * 0.8))];
    }
    throw refuse(candidates.length ? "too-large" : "format", size);
  } finally {
    image.close();
  }
}
