import { type ChangeEvent, useId, useState } from "react";
import { canonicalFormat, formatBytes } from "../core/kinds/image-references-kind";
import type { ImageReference } from "../core/types";
import { FieldShell, fieldLabel } from "./field-shell";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

function referenceUrl(reference: ImageReference): string {
  return typeof reference === "string" ? reference : reference.image_url.url;
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("Could not read the file"));
    reader.readAsDataURL(file);
  });
}

/**
 * Reference images for image-to-image: add by https URL or from a file (stored as a data URL), shown as thumbnails
 * with remove buttons. Count, format and size limits are checked before adding, with the reason shown.
 *
 * @example
 * ```tsx
 * <ImageReferencesField field={inputReferencesField} control={form.control} />
 * ```
 */
export function ImageReferencesField(props: FieldComponentProps) {
  const { field, disabled, classNames: cn } = props;
  const { field: input, error: fieldError } = useFieldController(props);
  const [url, setUrl] = useState("");
  const [problem, setProblem] = useState<string>();
  const fileId = useId();
  const references: ImageReference[] = Array.isArray(input.value) ? (input.value as ImageReference[]) : [];
  const { maxItems, image } = field.constraints;
  const formats = image?.formats;
  const full = maxItems !== undefined && references.length >= maxItems;
  const error = problem ?? fieldError;

  const update = (next: ImageReference[]) => {
    input.onChange(next);
    input.onBlur();
    setProblem(undefined);
  };
  const add = (reference: string) => update([...references, reference]);
  const checkCount = () => {
    if (!full) return true;
    setProblem(`At most ${maxItems} reference ${maxItems === 1 ? "image" : "images"}.`);
    return false;
  };

  /** Whether a format (a file type or URL extension) is allowed; any is, when the model names none. */
  const allowed = (format: string) =>
    !formats?.length || formats.map(canonicalFormat).includes(canonicalFormat(format));

  const addUrl = () => {
    const text = url.trim();
    if (!text || !checkCount()) return;
    let parsed: URL | undefined;
    try {
      parsed = new URL(text);
    } catch {}
    if (parsed?.protocol !== "https:") {
      setProblem("Enter a full https:// image URL.");
      return;
    }
    const extension = /\.([a-z0-9]+)$/i.exec(parsed.pathname)?.[1];
    // A URL without an extension may still be an allowed image; only a known-wrong extension is refused.
    if (extension && /^(png|jpe?g|webp|gif|avif|bmp|tiff?|heic)$/i.test(extension) && !allowed(extension)) {
      setProblem(`Allowed formats: ${formats?.join(", ")}.`);
      return;
    }
    add(text);
    setUrl("");
  };

  const addFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file || !checkCount()) return;
    const format = file.type.startsWith("image/") ? file.type.slice("image/".length) : "";
    if (!format || !allowed(format)) {
      setProblem(`"${file.name}" is not an allowed image format${formats?.length ? ` (${formats.join(", ")})` : ""}.`);
      return;
    }
    if (image?.maxBytes !== undefined && file.size > image.maxBytes) {
      setProblem(`"${file.name}" is ${formatBytes(file.size)}; the limit is ${formatBytes(image.maxBytes)}.`);
      return;
    }
    try {
      add(await readAsDataUrl(file));
    } catch (reason) {
      setProblem(reason instanceof Error ? reason.message : "Could not read the file.");
    }
  };

  return (
    <FieldShell {...props} error={error} state={references.length ? "filled" : "empty"}>
      {({ control, labelId }) => (
        <div data-mf-slot="references" className={cn?.references}>
          {references.length ? (
            <ul data-mf-slot="reference-list" className={cn?.["reference-list"]} aria-labelledby={labelId}>
              {references.map((reference, index) => (
                // Duplicates are allowed, so the position is part of the key.
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity beyond value + position.
                  key={`${index}:${referenceUrl(reference).slice(0, 64)}`}
                  data-mf-slot="reference"
                  className={cn?.reference}
                >
                  <img
                    data-mf-slot="reference-thumbnail"
                    className={cn?.["reference-thumbnail"]}
                    src={referenceUrl(reference)}
                    alt={`Reference ${index + 1}`}
                  />
                  <button
                    type="button"
                    data-mf-slot="reference-remove"
                    className={cn?.["reference-remove"]}
                    aria-label={`Remove reference image ${index + 1}`}
                    disabled={disabled}
                    onClick={() => update(references.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div data-mf-slot="reference-add" className={cn?.["reference-add"]}>
            <input
              {...control}
              ref={input.ref}
              type="url"
              data-mf-slot="input"
              className={cn?.input}
              placeholder="https://…"
              value={url}
              disabled={disabled || full}
              onChange={(event) => setUrl(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  addUrl();
                }
              }}
            />
            <button
              type="button"
              data-mf-slot="button"
              className={cn?.button}
              data-variant="secondary"
              disabled={disabled || full}
              onClick={addUrl}
            >
              Add URL
            </button>
            <label
              data-mf-slot="file-button"
              className={cn?.["file-button"]}
              htmlFor={fileId}
              data-disabled={disabled || full ? "" : undefined}
            >
              Upload
              <input
                id={fileId}
                aria-label={`Upload ${fieldLabel(field).toLowerCase()}`}
                type="file"
                data-mf-slot="file-input"
                className={cn?.["file-input"]}
                accept={formats?.length ? formats.map((format) => `image/${format}`).join(",") : "image/*"}
                disabled={disabled || full}
                onChange={addFile}
              />
            </label>
          </div>
        </div>
      )}
    </FieldShell>
  );
}
