import type { FieldValues, UseFormReturn } from "react-hook-form";
import { type CoreMessages, coreMessages } from "../core/core-messages";
import { checkReferenceUrl } from "../core/kinds/image-references-kind";
import type { CompiledForm, FormField, ImageReference } from "../core/types";
import { fieldPath } from "../form/field-paths";
import { defaultImageReferencesMessages, type ImageReferencesMessages } from "./image-references-messages";
import {
  type PreparedReference,
  prepareReferenceImage,
  ReferenceImageError,
  type ReferenceNote,
} from "./prepare-reference-image";

/** Notes per form (keyed by its react-hook-form `control`) and reference URL: what preparing an image changed. */
const notes = new WeakMap<object, Map<string, ReferenceNote>>();

/**
 * The note recorded for a reference of a form, if its image was downscaled or re-encoded.
 *
 * @example
 * ```ts
 * referenceNote(form.control, dataUrl)?.resized; // true
 * ```
 */
export function referenceNote(control: object, url: string): ReferenceNote | undefined {
  return notes.get(control)?.get(url);
}

/**
 * Records what preparing a reference changed, so the references field can say so.
 *
 * @example
 * ```ts
 * rememberReferenceNote(form.control, prepared.dataUrl, prepared.note);
 * ```
 */
export function rememberReferenceNote(control: object, url: string, note: ReferenceNote | undefined): void {
  if (!note) return;
  let map = notes.get(control);
  if (!map) {
    map = new Map();
    notes.set(control, map);
  }
  map.set(url, note);
}

/** The form `addReferenceImage` adds to: `useModelParameterForm()` or `useModelFormContext()`. */
export interface ReferenceForm {
  form: Pick<UseFormReturn<FieldValues>, "control" | "getValues" | "setValue">;
  compiled: Pick<CompiledForm, "fields">;
}

/**
 * The result of {@link addReferenceImage}: added (with a note when the image was changed to fit), or why not.
 *
 * @example
 * ```ts
 * const result: AddReferenceResult = { added: false, reason: "full" };
 * ```
 */
export type AddReferenceResult =
  | { added: true; field: string; reference: string; note?: ReferenceNote }
  | { added: false; reason: "no-field" | "full" | "invalid" | ReferenceImageError["code"]; message: string };

/** Options of {@link addReferenceImage}. */
export interface AddReferenceOptions {
  /** The references field; the form's first one by default. */
  field?: string;
  /**
   * Fetch an https URL and add its bytes (prepared to fit) instead of the URL: for short-lived result URLs (about an
   * hour). Needs the image server to allow CORS; falls back to the URL when the fetch fails.
   */
  inline?: boolean;
  /**
   * The texts of its refusals (`noReferenceField`, `full`, `unreadableImage`, `imageRefused`); English by default.
   * In a component, pass the `references` part in effect: `usePartMessages("references", defaultImageReferencesMessages, undefined)`.
   */
  messages?: Partial<ImageReferencesMessages>;
  /** The core texts for a URL the model refuses (`httpsOnly`, `formatNotAccepted`, …) and the locale of sizes. */
  core?: Partial<CoreMessages>;
}

function referencesField(target: ReferenceForm, name: string | undefined): FormField | undefined {
  return target.compiled.fields.find(
    (field) => field.widget === "image-references" && !field.fixed && (name === undefined || field.name === name),
  );
}

async function fetchBlob(url: string): Promise<Blob | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.blob() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds an image to a form's reference images, e.g. "use this result as a reference" from a generation loop. A
 * `Blob` or data URL is prepared to fit the model's limits (downscaled or re-encoded, with a note, instead of
 * refused); an https URL is added as is, or fetched and inlined with `inline: true`. The list's count limit is kept.
 *
 * @example
 * ```ts
 * const modelForm = useModelFormContext();
 * const result = await addReferenceImage(modelForm, resultImage.url, { inline: true });
 * if (!result.added) toast(result.message);
 * ```
 */
export async function addReferenceImage(
  target: ReferenceForm,
  source: string | Blob,
  options: AddReferenceOptions = {},
): Promise<AddReferenceResult> {
  const texts = { ...defaultImageReferencesMessages, ...options.messages };
  const core = coreMessages(options.core);
  const field = referencesField(target, options.field);
  if (!field) return { added: false, reason: "no-field", message: texts.noReferenceField };
  const path = fieldPath(field.name);
  const current = (target.form.getValues(path) as ImageReference[] | undefined) ?? [];
  const max = field.constraints.maxItems;
  if (max !== undefined && current.length >= max) return { added: false, reason: "full", message: texts.full(max) };
  const constraints = field.constraints.image ?? {};
  let blob = typeof source === "string" ? undefined : source;
  let reference = typeof source === "string" ? source : undefined;
  if (reference?.startsWith("data:") && checkReferenceUrl(reference, constraints) !== undefined) {
    // A data URL over the limits: decode its bytes and prepare them like a file.
    blob = await fetchBlob(reference);
    reference = undefined;
  } else if (reference && options.inline) {
    blob = await fetchBlob(reference);
    if (blob) reference = undefined;
  }
  let prepared: PreparedReference | undefined;
  if (blob) {
    try {
      prepared = await prepareReferenceImage(blob, constraints, { messages: texts });
      reference = prepared.dataUrl;
    } catch (error) {
      const code = error instanceof ReferenceImageError ? error.code : "unreadable";
      return {
        added: false,
        reason: code,
        message: error instanceof ReferenceImageError ? error.message : texts.unreadableImage,
      };
    }
  }
  const problem = reference === undefined ? texts.unreadableImage : checkReferenceUrl(reference, constraints, core);
  if (reference === undefined || problem !== undefined) {
    return { added: false, reason: "invalid", message: problem ?? texts.unreadableImage };
  }
  rememberReferenceNote(target.form.control, reference, prepared?.note);
  // Read again: the list may have changed while the image was being prepared.
  const latest = (target.form.getValues(path) as ImageReference[] | undefined) ?? [];
  if (max !== undefined && latest.length >= max) return { added: false, reason: "full", message: texts.full(max) };
  target.form.setValue(path, [...latest, reference], {
    shouldDirty: true,
    shouldTouch: true,
    shouldValidate: true,
  });
  return prepared?.note
    ? { added: true, field: field.name, reference, note: prepared.note }
    : { added: true, field: field.name, reference };
}
