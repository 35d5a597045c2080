import { type ChangeEvent, type ClipboardEvent, type DragEvent, useId, useLayoutEffect, useRef, useState } from "react";
import type { Control } from "react-hook-form";
import { useFormContext } from "react-hook-form";
import { defaultCoreMessages } from "../core/core-messages";
import { formatBytes } from "../core/kinds/image-references-kind";
import { imageAcceptAttribute, sanitizeImageFormats } from "../core/references/reference-limits";
import type { ImageReference } from "../core/types";
import { usePartMessages } from "../form/model-form-messages";
import { slotClass } from "../styles/slot-class-names";
import { FieldShell, useFieldLabel } from "./field-shell";
import { defaultImageReferencesMessages, type ImageReferencesMessages } from "./image-references-messages";
import { prepareReferenceImage, ReferenceImageError } from "./prepare-reference-image";
import { referenceNote, rememberReferenceNote } from "./reference-actions";
import { ReferenceList } from "./reference-list";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

/** Props of `ImageReferencesField` (and of the manager it loads). */
export interface ImageReferencesFieldProps extends FieldComponentProps {
  messages?: Partial<ImageReferencesMessages>;
}

/** Where focus goes after the list changes: a button of an item, or the URL box. */
type FocusTarget = { index: number; slot: "reference-remove" | "earlier" | "later" } | "input" | null;

const IMAGE_EXTENSION = /^(png|jpe?g|webp|gif|avif|bmp|tiff?|heic)$/i;

/**
 * What `ImageReferencesField` renders once its chunk is in. The reference-image manager for image-to-image: add by drag-and-drop, paste, https URL or file; reorder by the
 * move buttons (keyboard) or by dragging a thumbnail (pointer); remove. An image over the model's per-image byte or
 * pixel limit, or in a format it does not take, is downscaled or re-encoded in the browser, with a note saying so,
 * instead of refused; the limits come from the model's metadata only. Focus is never lost: after a removal it goes to
 * the next image's remove button, else the previous one's, else the URL box; at the count limit (the add controls
 * disable) to the last image's remove button.
 *
 * @example
 * ```tsx
 * <ImageReferencesManager field={inputReferencesField} control={form.control} />
 * ```
 */
export function ImageReferencesManager(props: ImageReferencesFieldProps) {
  const { field, disabled, classNames } = props;
  const messages = usePartMessages("references", defaultImageReferencesMessages, props.messages);
  const core = usePartMessages("core", defaultCoreMessages, undefined);
  const label = useFieldLabel(field);
  const { field: input, error: fieldError } = useFieldController(props);
  const context = useFormContext() as ReturnType<typeof useFormContext> | null;
  const control = ((props.control as Control | undefined) ?? context?.control ?? {}) as object;
  const [url, setUrl] = useState("");
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(0);
  const [dragging, setDragging] = useState(false);
  const fileId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const urlRef = useRef<HTMLInputElement | null>(null);
  const focusNext = useRef<FocusTarget>(null);
  const references: ImageReference[] = Array.isArray(input.value) ? (input.value as ImageReference[]) : [];
  // The latest list, for adds that finish after the render that started them.
  const latest = useRef(references);
  latest.current = references;
  const { maxItems, image = {} } = field.constraints;
  const formats = sanitizeImageFormats(image.formats);
  const full = maxItems !== undefined && references.length >= maxItems;
  const error = problem ?? fieldError;
  const blocked = disabled || full;

  // Focus follows the list: applied once the list has re-rendered.
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === null) return;
    const root = rootRef.current;
    if (target === "input") return urlRef.current?.focus();
    const item = root?.querySelector(`[data-mf-slot="reference"][data-index="${target.index}"]`);
    const selector =
      target.slot === "reference-remove"
        ? '[data-mf-slot="reference-remove"]'
        : `[data-mf-slot="reference-move"][data-direction="${target.slot}"]`;
    const button = item?.querySelector<HTMLButtonElement>(selector);
    // A move button that became disabled (first or last place) hands focus to its sibling.
    (button && !button.disabled ? button : item?.querySelector<HTMLButtonElement>("button:not(:disabled)"))?.focus();
  });

  const update = (next: ImageReference[], focus: FocusTarget = null) => {
    // At the limit the add controls are disabled: keep focus on a usable control, the last image's remove button.
    const atLimit = maxItems !== undefined && next.length >= maxItems;
    const focusInside = rootRef.current?.contains(document.activeElement) ?? false;
    focusNext.current = focus ?? (atLimit && focusInside ? { index: next.length - 1, slot: "reference-remove" } : null);
    latest.current = next;
    input.onChange(next);
    input.onBlur();
    setProblem(undefined);
  };
  const room = () => maxItems === undefined || latest.current.length < maxItems;
  /** Shows why nothing was added; `false` for callers that report success. */
  const refuse = (message: string): false => {
    setProblem(message);
    return false;
  };
  const refuseFull = () => refuse(messages.full(maxItems ?? 0));

  const addUrl = (text: string) => {
    const value = text.trim();
    if (!value) return false;
    if (!room()) return refuseFull();
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {}
    if (parsed?.protocol !== "https:" || !parsed.hostname) return refuse(messages.notHttps);
    const extension = /\.([a-z0-9]+)$/i.exec(parsed.pathname)?.[1];
    // A URL without an extension may still be an allowed image; only a known-wrong extension is refused (the
    // provider fetches URLs, so they cannot be converted here).
    const format = extension ? sanitizeImageFormats([extension])[0] : undefined;
    if (extension && IMAGE_EXTENSION.test(extension) && formats.length && !formats.includes(format ?? "")) {
      return refuse(messages.formats(formats));
    }
    update([...latest.current, value]);
    return true;
  };

  const addFile = async (file: File) => {
    if (!room()) return refuseFull();
    if (!file.type.startsWith("image/")) return refuse(messages.notAllowed(file.name, formats));
    setBusy((n) => n + 1);
    try {
      const prepared = await prepareReferenceImage(file, image, { messages });
      if (!room()) return void refuseFull();
      rememberReferenceNote(control, prepared.dataUrl, prepared.note);
      update([...latest.current, prepared.dataUrl]);
    } catch (reason) {
      const code = reason instanceof ReferenceImageError ? reason.code : "unreadable";
      const limit = image.maxBytes;
      setProblem(
        code === "too-large" && limit !== undefined
          ? messages.tooLarge(file.name, formatBytes(file.size, core), formatBytes(limit, core))
          : code === "too-small" && reason instanceof ReferenceImageError
            ? messages.tooSmall(file.name, reason.width ?? 0, reason.height ?? 0)
            : code === "format"
              ? messages.notAllowed(file.name, formats)
              : messages.unreadable(file.name),
      );
    } finally {
      setBusy((n) => n - 1);
    }
  };
  const addFiles = async (files: Iterable<File>) => {
    for (const file of files) await addFile(file);
  };

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = "";
    void addFiles(files);
  };
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (disabled) return;
    const files = [...event.clipboardData.files].filter((file) => file.type.startsWith("image/"));
    if (files.length) {
      event.preventDefault();
      void addFiles(files);
      return;
    }
    // Pasted text outside the URL box: an image URL is added right away.
    const text = event.clipboardData.getData("text/plain").trim();
    if (event.target !== urlRef.current && /^(https:|data:image\/)/i.test(text)) {
      event.preventDefault();
      addUrl(text);
    }
  };
  const accepts = (event: DragEvent) =>
    !disabled && [...event.dataTransfer.types].some((type) => type === "Files" || type === "text/uri-list");
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    setDragging(false);
    if (!accepts(event)) return;
    event.preventDefault();
    const files = [...event.dataTransfer.files].filter((file) => file.type.startsWith("image/"));
    if (files.length) void addFiles(files);
    else
      addUrl(
        event.dataTransfer
          .getData("text/uri-list")
          .split(/\r?\n/)
          .find((line) => !line.startsWith("#")) ?? "",
      );
  };

  const remove = (index: number) => {
    const next = latest.current.filter((_, i) => i !== index);
    // Focus goes to the next image's remove button, else the previous one's, else (the list is empty) the URL box.
    const focus = Math.min(index, next.length - 1);
    update(next, focus >= 0 ? { index: focus, slot: "reference-remove" } : "input");
  };
  const move = (from: number, to: number, via: "earlier" | "later" | "pointer") => {
    const next = [...latest.current];
    const [item] = next.splice(from, 1);
    if (item === undefined || to < 0 || to > next.length) return;
    next.splice(to, 0, item);
    update(next, via === "pointer" ? null : { index: to, slot: via });
  };

  return (
    <FieldShell {...props} error={error} state={references.length ? "filled" : "empty"} labelElement="span">
      {({ control: aria, labelId }) => (
        <div
          ref={rootRef}
          data-mf-slot="references"
          className={slotClass(classNames, "references")}
          aria-busy={busy > 0 || undefined}
          onPaste={onPaste}
        >
          {references.length ? (
            <ReferenceList
              references={references}
              labelId={labelId}
              disabled={disabled}
              noteOf={(reference) => referenceNote(control, reference)}
              onRemove={remove}
              onMove={move}
              messages={messages}
              classNames={classNames}
            />
          ) : null}
          {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for pointers; the same adds are buttons. */}
          <div
            data-mf-slot="reference-dropzone"
            data-state={dragging ? "over" : undefined}
            data-disabled={blocked ? "" : undefined}
            className={slotClass(classNames, "reference-dropzone")}
            onDragEnter={(event) => accepts(event) && setDragging(true)}
            onDragOver={(event) => {
              if (!accepts(event)) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = "copy";
            }}
            onDragLeave={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
            }}
            onDrop={onDrop}
          >
            <p data-mf-slot="reference-hint" className={slotClass(classNames, "reference-hint")}>
              {dragging ? messages.dropActive : messages.dropHint}
            </p>
            <div data-mf-slot="reference-add" className={slotClass(classNames, "reference-add")}>
              <input
                {...aria}
                aria-labelledby={labelId}
                ref={(element) => {
                  urlRef.current = element;
                  input.ref(element);
                }}
                type="url"
                data-mf-slot="input"
                className={slotClass(classNames, "input")}
                placeholder={messages.urlPlaceholder}
                value={url}
                disabled={blocked}
                onChange={(event) => setUrl(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key !== "Enter") return;
                  event.preventDefault();
                  if (addUrl(url)) setUrl("");
                }}
              />
              <button
                type="button"
                data-mf-slot="button"
                data-variant="secondary"
                className={slotClass(classNames, "button")}
                disabled={blocked}
                onClick={() => addUrl(url) && setUrl("")}
              >
                {messages.addUrl}
              </button>
              <label
                data-mf-slot="file-button"
                className={slotClass(classNames, "file-button")}
                htmlFor={fileId}
                data-disabled={blocked ? "" : undefined}
              >
                {messages.upload}
                <input
                  id={fileId}
                  aria-label={messages.uploadLabel(label)}
                  type="file"
                  multiple={maxItems === undefined || maxItems > 1}
                  data-mf-slot="file-input"
                  className={slotClass(classNames, "file-input")}
                  accept={imageAcceptAttribute(image.formats)}
                  disabled={blocked}
                  onChange={onPick}
                />
              </label>
            </div>
          </div>
          <p data-mf-slot="reference-status" role="status" className={slotClass(classNames, "reference-status")}>
            {busy > 0 ? messages.preparing : ""}
          </p>
        </div>
      )}
    </FieldShell>
  );
}
