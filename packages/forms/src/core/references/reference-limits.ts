import type { ImageConstraints } from "@model-forms/client";

/** A format token: letters, digits and `.+-`, as in a MIME subtype. */
const TOKEN = /^[a-z0-9][a-z0-9.+-]{0,19}$/;

/**
 * The published format list made safe to use: each entry trimmed, lower-cased, stripped of a leading `image/` or
 * `.` and of parameters (`;q=1`), `jpg` read as `jpeg`, de-duplicated; anything that is not a plain format token
 * (markup, spaces, empty strings, non-strings) is dropped.
 *
 * @example
 * ```ts
 * sanitizeImageFormats(["PNG", "image/jpeg", ".JPG", " webp ", "<b>gif</b>", 7]); // ["png", "jpeg", "webp"]
 * ```
 */
export function sanitizeImageFormats(formats: unknown): string[] {
  if (!Array.isArray(formats)) return [];
  const out: string[] = [];
  for (const entry of formats) {
    if (typeof entry !== "string") continue;
    let format = entry.trim().toLowerCase().split(";")[0]?.trim() ?? "";
    if (format.startsWith("image/")) format = format.slice("image/".length);
    if (format.startsWith(".")) format = format.slice(1);
    if (format === "jpg") format = "jpeg";
    if (TOKEN.test(format) && !out.includes(format)) out.push(format);
  }
  return out;
}

/**
 * Formats a browser can decode and re-encode into an allowed one, so the picker may offer them too.
 *
 * @example
 * ```ts
 * CONVERTIBLE_IMAGE_FORMATS.includes("gif"); // true
 * ```
 */
export const CONVERTIBLE_IMAGE_FORMATS: readonly string[] = ["png", "jpeg", "webp", "gif", "bmp", "avif"];

/**
 * The file input's `accept` for a model's formats: the sanitized allowed formats (as `image/<format>`, plus `.jpg` /
 * `.jpeg` for JPEG) and, when `convertible`, the formats the browser can convert into them; `image/*` when the
 * model names no usable format.
 *
 * @example
 * ```ts
 * imageAcceptAttribute(["PNG", "jpg"], false); // "image/png,image/jpeg,.jpg,.jpeg"
 * imageAcceptAttribute(undefined); // "image/*"
 * ```
 */
export function imageAcceptAttribute(formats: unknown, convertible = true): string {
  const allowed = sanitizeImageFormats(formats);
  if (allowed.length === 0) return "image/*";
  const all = convertible ? [...allowed, ...CONVERTIBLE_IMAGE_FORMATS.filter((f) => !allowed.includes(f))] : allowed;
  const parts = all.map((format) => `image/${format}`);
  if (all.includes("jpeg")) parts.push(".jpg", ".jpeg");
  return parts.join(",");
}

/**
 * How an image of `width` x `height` fits a model's pixel limits: the size to scale it to (aspect kept, never
 * enlarged), or `tooSmall` when it is under a minimum (upscaling would only invent pixels).
 *
 * @example
 * ```ts
 * fitImageSize(6000, 4000, { maxWidth: 2048, maxHeight: 2048 }); // { width: 2048, height: 1365, scaled: true }
 * fitImageSize(4, 4, { minWidth: 8 }); // { width: 4, height: 4, scaled: false, tooSmall: true }
 * ```
 */
export function fitImageSize(
  width: number,
  height: number,
  constraints: Pick<ImageConstraints, "minWidth" | "minHeight" | "maxWidth" | "maxHeight">,
): { width: number; height: number; scaled: boolean; tooSmall?: true } {
  const {
    minWidth = 0,
    minHeight = 0,
    maxWidth = Number.POSITIVE_INFINITY,
    maxHeight = Number.POSITIVE_INFINITY,
  } = constraints;
  if (width < minWidth || height < minHeight) return { width, height, scaled: false, tooSmall: true };
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  if (scale >= 1) return { width, height, scaled: false };
  return {
    width: Math.max(1, Math.floor(width * scale)),
    height: Math.max(1, Math.floor(height * scale)),
    scaled: true,
  };
}
