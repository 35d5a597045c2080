import type { ImageConstraints, ImageReferencesParameter } from "@model-forms/client";
import * as z from "zod/mini";
import { type CoreMessages, defaultCoreMessages } from "../core-messages";
import { formatNumber } from "../format-number";
import { lazyField } from "../lazy-field";
import type { ImageReference, KindModule } from "../types";
import { limitBounds, warnUnusedLimits } from "./field-limit";

const DATA_URL = /^data:image\/([a-z0-9.+-]+);base64,([a-z0-9+/]*={0,2})$/i;

/**
 * A format name in one spelling: lower case, `jpg` read as `jpeg`.
 *
 * @example
 * ```ts
 * canonicalFormat("JPG"); // "jpeg"
 * ```
 */
export function canonicalFormat(format: string): string {
  const lower = format.toLowerCase();
  return lower === "jpg" ? "jpeg" : lower;
}

/**
 * Decoded size of a base64 payload, from its length alone (no decoding).
 *
 * @example
 * ```ts
 * base64DecodedBytes("AAA="); // 2
 * ```
 */
export function base64DecodedBytes(payload: string): number {
  const padding = payload.endsWith("==") ? 2 : payload.endsWith("=") ? 1 : 0;
  return Math.floor((payload.length * 3) / 4) - padding;
}

/**
 * Formats a byte size for hints, in the words and locale of `messages` (`byteSize`, `locale`).
 *
 * @example
 * ```ts
 * formatBytes(10485760); // "10 MB"
 * formatBytes(512000); // "500 KB"
 * formatBytes(300); // "300 bytes"
 * formatBytes(1572864, { ...defaultCoreMessages, locale: "de-DE" }); // "1,5 MB"
 * ```
 */
export function formatBytes(
  bytes: number,
  messages: Pick<CoreMessages, "byteSize" | "locale"> = defaultCoreMessages,
): string {
  // Below 1 KB the KB figure would round to "0 KB": say bytes.
  if (bytes < 1024) return messages.byteSize(formatNumber(Math.floor(bytes), messages.locale), "bytes");
  const [unit, size] =
    bytes >= 1024 * 1024 ? (["MB", bytes / (1024 * 1024)] as const) : (["KB", bytes / 1024] as const);
  return messages.byteSize(formatNumber(Number.parseFloat(size.toFixed(1)), messages.locale), unit);
}

/**
 * Why a reference URL is not acceptable, or `undefined` when it is. Accepts an https URL, or a base64
 * `data:image/<format>` URL of an allowed format (when formats are known) within `maxBytes`.
 *
 * @example
 * ```ts
 * checkReferenceUrl("https://example.com/a.png", {}); // undefined
 * checkReferenceUrl("http://example.com/a.png", {}); // "Only https URLs are accepted"
 * checkReferenceUrl("data:image/gif;base64,AAAA", { formats: ["png"] }); // "Format GIF is not accepted (PNG)"
 * ```
 */
export function checkReferenceUrl(
  url: string,
  constraints: ImageConstraints,
  messages: CoreMessages = defaultCoreMessages,
): string | undefined {
  const data = DATA_URL.exec(url);
  if (data) {
    const format = canonicalFormat(data[1] ?? "");
    const formats = constraints.formats?.map(canonicalFormat);
    if (formats && formats.length > 0 && !formats.includes(format)) {
      return messages.formatNotAccepted(
        format.toUpperCase(),
        formats.map((f) => f.toUpperCase()),
      );
    }
    if (constraints.maxBytes !== undefined && base64DecodedBytes(data[2] ?? "") > constraints.maxBytes) {
      return messages.imageTooLarge(formatBytes(constraints.maxBytes, messages));
    }
    return undefined;
  }
  if (url.startsWith("data:")) return messages.expectedDataUrl;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return messages.expectedUrl;
  }
  if (parsed.protocol !== "https:" || parsed.hostname === "") return messages.httpsOnly;
  return undefined;
}

/** The URL inside a reference entry, or `undefined` when the entry has neither accepted shape. */
function referenceUrl(entry: unknown): string | undefined {
  if (typeof entry === "string") return entry;
  if (typeof entry !== "object" || entry === null) return undefined;
  const { type, image_url: imageUrl } = entry as { type?: unknown; image_url?: unknown };
  if (type !== "image_url" || typeof imageUrl !== "object" || imageUrl === null) return undefined;
  const { url } = imageUrl as { url?: unknown };
  return typeof url === "string" ? url : undefined;
}

function referenceSchema(constraints: ImageConstraints, messages: CoreMessages): z.ZodMiniType<ImageReference> {
  return z.custom<ImageReference>().check(
    z.superRefine((entry, ctx) => {
      const url = referenceUrl(entry);
      const problem =
        url === undefined ? messages.expectedReferenceEntry : checkReferenceUrl(url, constraints, messages);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
    }),
  );
}

/** A format name a file input's `accept` can carry as `image/<name>`: a short token, no separators or markup. */
const FORMAT_NAME = /^[a-z0-9][a-z0-9.+-]{0,31}$/;

/**
 * The constraints with their format list reduced to names that are safe in `accept` and hints (lower case, no
 * leading dot, de-duplicated). Anything else (`"png,image/*"`, `"\"><x"`, non-strings) is left out with an
 * `invalid_format` warning; when nothing is left, no format list is published (any image format).
 */
function withSafeFormats(
  constraints: ImageConstraints,
  warn: (code: string, message: string) => void,
): ImageConstraints {
  const formats: unknown = constraints?.formats;
  if (formats === undefined) return constraints ?? {};
  const list: unknown[] = Array.isArray(formats) ? formats.slice(0, 64) : [];
  const names = list.map((format) =>
    typeof format === "string" ? format.trim().toLowerCase().replace(/^\./, "") : "",
  );
  const safe = [...new Set(names.filter((name) => FORMAT_NAME.test(name)))];
  if (!Array.isArray(formats) || names.some((name) => !FORMAT_NAME.test(name))) {
    warn("invalid_format", "Some published image formats are not format names; they are left out.");
  }
  const { formats: _, ...rest } = constraints;
  return safe.length ? { ...rest, formats: safe } : rest;
}

function referencesHint(
  minItems: number,
  maxItems: number,
  constraints: ImageConstraints,
  messages: CoreMessages,
): string {
  const parts = [messages.imagesHint(minItems, maxItems)];
  if (constraints.formats && constraints.formats.length > 0) {
    parts.push(constraints.formats.map((format) => format.toUpperCase()).join(", "));
  }
  if (constraints.maxBytes !== undefined) parts.push(messages.eachSize(formatBytes(constraints.maxBytes, messages)));
  return parts.join(" · ");
}

/**
 * `image_references` -> a list of reference images: https URLs, `data:image/…;base64,` URLs (format and decoded
 * size checked without decoding) or `{ type: "image_url", image_url: { url } }`, between `minItems` and
 * `maxItems` entries. Starts empty; an empty list is never sent.
 *
 * @example
 * ```ts
 * const field = imageReferencesKind.compile(
 *   { name: "input_references", kind: "image_references", minItems: 0, maxItems: 4,
 *     constraints: { formats: ["png", "jpeg", "webp"], maxBytes: 10485760 }, source: "typed", sourceKey: "input_references" },
 *   { label: "Reference images", advanced: false, warn: () => {} },
 * );
 * field?.hint; // "Up to 4 images · PNG, JPEG, WEBP · 10 MB each"
 * ```
 */
export const imageReferencesKind: KindModule<ImageReferencesParameter> = {
  kind: "image_references",
  compile(descriptor, context) {
    const messages = context.messages ?? defaultCoreMessages;
    let minItems = Math.max(0, Math.ceil(descriptor.minItems));
    let maxItems = Math.floor(descriptor.maxItems);
    if (!(maxItems >= 1) || minItems > maxItems) {
      context.warn(
        "no_reference_images",
        `"${descriptor.name}" allows no reference images (${descriptor.minItems}–${descriptor.maxItems}); it is left out of the form.`,
      );
      return null;
    }
    // A developer limit bounds the count (`{ max: 1 }`); no reference at all is what `hide` is for.
    warnUnusedLimits(descriptor.name, context.limit, ["min", "max"], context);
    const limited = limitBounds(descriptor.name, minItems, maxItems, context.limit, context, true);
    if (limited === null || limited.max < 1) {
      if (limited !== null) context.warn("limit_empty", `limits.${descriptor.name} allows no image; it is left out.`);
      return null;
    }
    ({ min: minItems, max: maxItems } = limited);
    const constraints = withSafeFormats(descriptor.constraints, context.warn);
    return lazyField(
      {
        name: descriptor.name,
        label: context.label,
        description: context.description ?? descriptor.description,
        kind: "image_references",
        widget: "image-references",
        constraints: { required: minItems > 0, minItems, maxItems, image: constraints },
        defaultValue: [],
        hint: referencesHint(minItems, maxItems, constraints, messages),
        advanced: context.advanced,
        fixed: false,
        descriptor,
      },
      () => {
        // `zod/mini` loads no locale: every check carries its own message.
        const checks: z.core.$ZodCheck<ImageReference[]>[] = [z.maxLength(maxItems, messages.atMostImages(maxItems))];
        if (minItems > 0) checks.push(z.minLength(minItems, messages.atLeastImages(minItems)));
        return z.array(referenceSchema(constraints, messages), messages.expectedImageList).check(...checks);
      },
    );
  },
};
