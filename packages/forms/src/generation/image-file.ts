import type { GeneratedImage } from "@model-forms/client";

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/jpg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "image/avif": "avif",
  "image/svg+xml": "svg",
};

/** `data:image/webp;base64,…` -> `image/webp`. */
const dataUrlType = (url: string) => /^data:([^;,]+)[;,]/.exec(url)?.[1]?.toLowerCase();

/**
 * The media type of a generated image: its `media_type`, the type of a data URL, or `undefined` (a remote URL).
 *
 * @example
 * ```ts
 * imageMediaType({ b64_json: "iVBOR…", media_type: "image/webp" }); // "image/webp"
 * ```
 */
export function imageMediaType(image: GeneratedImage): string | undefined {
  if (typeof image.media_type === "string" && image.media_type) return image.media_type.toLowerCase();
  if (typeof image.url === "string" && image.url.startsWith("data:")) return dataUrlType(image.url);
  return typeof image.b64_json === "string" ? "image/png" : undefined;
}

/**
 * Something an `<img src>` can show: the `url`, or the `b64_json` as a data URL of its media type (PNG when the
 * API did not say, as OpenAI-style APIs default to).
 *
 * @example
 * ```ts
 * imageSource({ b64_json: "iVBOR…", media_type: "image/png" }); // "data:image/png;base64,iVBOR…"
 * ```
 */
export function imageSource(image: GeneratedImage): string | undefined {
  if (typeof image.url === "string" && image.url) return image.url;
  if (typeof image.b64_json === "string" && image.b64_json)
    return `data:${imageMediaType(image) ?? "image/png"};base64,${image.b64_json}`;
  return undefined;
}

/** Up to `max` characters of `text` as lower-case words joined by dashes (ASCII letters and digits only). */
function slug(text: string, max: number): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = "";
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || words[0]?.slice(0, max) || "";
}

/** What {@link imageFileName} names a file after. */
export interface ImageFileNameParts {
  model: string;
  prompt?: string;
  /** When it was generated (epoch ms). */
  date?: number;
  /** Position in the result (0-based); added when the result holds more than one image. */
  index?: number;
  count?: number;
  image: GeneratedImage;
}

/**
 * A download name that says what the file is: model, the prompt's first words, the time, the position, and an
 * extension from the media type (or the URL's own extension, else `png`). Safe on every file system.
 *
 * @example
 * ```ts
 * imageFileName({ model: "acme/pixel-v3", prompt: "A lighthouse at dusk!", date: Date.UTC(2026, 10, 30, 14, 5),
 *   index: 1, count: 2, image: { url: "https://cdn.example/x.webp" } });
 * // "pixel-v3_a-lighthouse-at-dusk_20261130-1405_2.webp"
 * ```
 */
export function imageFileName({ model, prompt, date, index = 0, count = 1, image }: ImageFileNameParts): string {
  const type = imageMediaType(image);
  let extension = type ? EXTENSIONS[type] : undefined;
  if (!extension && typeof image.url === "string") {
    try {
      extension = /\.(png|jpe?g|webp|gif|avif)$/i.exec(new URL(image.url).pathname)?.[1]?.toLowerCase();
    } catch {}
  }
  const stamp =
    date === undefined ? "" : new Date(date).toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  const parts = [slug(model.split("/").pop() ?? model, 40), slug(prompt ?? "", 48), stamp];
  if (count > 1) parts.push(String(index + 1));
  return `${parts.filter(Boolean).join("_") || "image"}.${extension === "jpeg" ? "jpg" : (extension ?? "png")}`;
}

/** A Blob of a data URL (decoded in memory, no network). */
function dataUrlBlob(url: string): Blob {
  const comma = url.indexOf(",");
  const header = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  const type = header.split(";")[0] || "application/octet-stream";
  if (!header.endsWith(";base64")) return new Blob([decodeURIComponent(payload)], { type });
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Clicks a temporary link (the only way to name a download from script). */
function clickLink(href: string, attributes: Record<string, string>): void {
  const link = document.createElement("a");
  link.href = href;
  for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Saves an image under `fileName`. A data URL is saved directly; a remote URL is fetched first (a cross-origin
 * link ignores the `download` name), and when the host forbids that (CORS) the image opens in a new tab instead.
 * Resolves to how it went.
 *
 * @example
 * ```ts
 * await downloadImage(imageSource(image)!, "pixel-v3_a-fox.png"); // "downloaded" | "opened"
 * ```
 */
export async function downloadImage(src: string, fileName: string): Promise<"downloaded" | "opened"> {
  let blob: Blob | undefined;
  try {
    if (src.startsWith("data:")) blob = dataUrlBlob(src);
    else {
      const response = await fetch(src, { mode: "cors" });
      if (response.ok) blob = await response.blob();
    }
  } catch {
    blob = undefined;
  }
  if (!blob) {
    clickLink(src, { target: "_blank", rel: "noopener noreferrer" });
    return "opened";
  }
  const href = URL.createObjectURL(blob);
  clickLink(href, { download: fileName });
  // The click has started the download synchronously; the URL can go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
  return "downloaded";
}

/**
 * Opens an image in a new tab. Browsers refuse to navigate a tab to a data URL, so inline images open as a Blob
 * URL.
 *
 * @example
 * ```ts
 * openImage("https://cdn.example/x.png");
 * ```
 */
export function openImage(src: string): void {
  if (!src.startsWith("data:")) {
    clickLink(src, { target: "_blank", rel: "noopener noreferrer" });
    return;
  }
  const href = URL.createObjectURL(dataUrlBlob(src));
  clickLink(href, { target: "_blank", rel: "noopener noreferrer" });
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
