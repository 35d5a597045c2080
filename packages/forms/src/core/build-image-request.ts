import type * as z from "zod/mini";
import { compileParameterForm } from "./compile-parameter-form";
import { type ImageRequestIssue, ImageRequestValidationError } from "./image-request-validation-error";
import type { BuildRequestOptions, CompiledForm, CompileInput, FormValues, ImageRequest } from "./types";
import { isEmptyValue, setOwn, valuesEqual } from "./values-equal";

/** Forms compiled on behalf of callers that pass a model (or descriptor list), one per object. */
const compiledForms = new WeakMap<object, CompiledForm>();

/** Whether `input` is already a compiled form (not a model or a descriptor list). */
export function isCompiledForm(input: CompiledForm | CompileInput): input is CompiledForm {
  return !Array.isArray(input) && Array.isArray((input as CompiledForm).fields) && "defaults" in input;
}

/**
 * The compiled form for `input`: itself when already compiled, else compiled with default options and cached
 * per model object (a `WeakMap`, so a model that is dropped frees its form).
 *
 * @example
 * ```ts
 * resolveCompiledForm(model) === resolveCompiledForm(model); // true
 * ```
 */
export function resolveCompiledForm(input: CompiledForm | CompileInput): CompiledForm {
  if (isCompiledForm(input)) return input;
  let form = compiledForms.get(input);
  if (form === undefined) {
    form = compileParameterForm(input);
    compiledForms.set(input, form);
  }
  return form;
}

/** The names in `touched` (a list, a set, or a `{ name: true }` record); anything else names none. */
function touchedSet(touched: unknown): Set<string> {
  if (typeof touched !== "object" || touched === null) return new Set();
  if (Symbol.iterator in touched) return new Set(touched as Iterable<string>);
  const record = touched as Record<string, unknown>;
  return new Set(Object.keys(record).filter((name) => record[name] === true));
}

/** A failed result with one issue. */
function failure(field: string, message: string): SafeBuildImageRequestResult {
  return { success: false, error: new ImageRequestValidationError([{ field, message }]) };
}

/** One issue per zod issue, named by its field; a path inside the value is worded ("Item 2: …"). */
export function issuesOf(error: z.core.$ZodError): ImageRequestIssue[] {
  return error.issues.map((issue) => {
    const [field, ...rest] = issue.path;
    const where = rest.map((key) => (typeof key === "number" ? `Item ${key + 1}` : String(key))).join(" ");
    return { field: String(field ?? "values"), message: where === "" ? issue.message : `${where}: ${issue.message}` };
  });
}

/**
 * The result of {@link safeBuildImageRequest}.
 *
 * @example
 * ```ts
 * const result: SafeBuildImageRequestResult = safeBuildImageRequest(form, values);
 * const body = result.success ? result.request : undefined;
 * ```
 */
export type SafeBuildImageRequestResult =
  | { success: true; request: ImageRequest }
  | { success: false; error: ImageRequestValidationError };

/**
 * Like {@link buildImageRequest}, but returns `{ success: false, error }` instead of throwing. Never throws, whatever
 * it is given: `null` or non-object values fail with a `values` issue; `null`, `undefined` or odd `options` read as
 * none.
 *
 * @example
 * ```ts
 * const result = safeBuildImageRequest(form, values, { touched });
 * if (result.success) await client.generateImages(result.request);
 * else setErrors(result.error.issues);
 * ```
 */
export function safeBuildImageRequest(
  input: CompiledForm | CompileInput,
  values: FormValues,
  options?: BuildRequestOptions | null,
): SafeBuildImageRequestResult {
  // Whatever the arguments hold (throwing getters, Proxies, cycles), a result comes back, never an exception.
  try {
    if (typeof values !== "object" || values === null || Array.isArray(values)) {
      return failure("values", "Expected an object of values");
    }
    return buildRequest(resolveCompiledForm(input), values, typeof options === "object" && options ? options : {});
  } catch (error) {
    return failure(
      "values",
      `The values could not be read (${error instanceof Error ? error.message : "unknown error"})`,
    );
  }
}

function buildRequest(
  form: CompiledForm,
  values: FormValues,
  options: BuildRequestOptions,
): SafeBuildImageRequestResult {
  const model = form.modelId ?? options.modelId;
  if (typeof model !== "string" || model === "") {
    return failure("model", "No model id: compile from a model, or pass options.modelId");
  }

  // Missing keys take the form's defaults; fixed fields always hold their fixed value. Own keys only: a field named
  // `constructor` must not read Object.prototype's.
  const merged: FormValues = {};
  for (const field of form.fields) {
    setOwn(
      merged,
      field.name,
      field.fixed
        ? field.fixedValue
        : Object.hasOwn(values, field.name)
          ? values[field.name]
          : Object.hasOwn(form.defaults, field.name)
            ? form.defaults[field.name]
            : undefined,
    );
  }
  const parsed = form.schema.safeParse(merged);
  if (!parsed.success) return { success: false, error: new ImageRequestValidationError(issuesOf(parsed.error)) };
  const data = parsed.data as FormValues;
  const read = (name: string) => (Object.hasOwn(data, name) ? data[name] : undefined);

  const full = options.mode === "full";
  const touched = touchedSet(options.touched);
  const request: ImageRequest = { model };
  for (const field of form.fields) {
    if (field.fixedBy === "provider") continue;
    const value = field.fixedBy === "options" ? field.fixedValue : read(field.name);
    if (isEmptyValue(value)) continue;
    const send =
      full ||
      field.fixedBy === "options" ||
      field.limited === true ||
      touched.has(field.name) ||
      !valuesEqual(value, field.providerDefault !== undefined ? field.providerDefault : field.defaultValue);
    if (send) setOwn(request, field.name, value);
  }
  return { success: true, request };
}

/**
 * Builds the `POST /api/v1/images` body from form values, validated by the form's schema first.
 *
 * `input` is a compiled form, or a model / descriptor list (compiled with default options and cached per object).
 * Keys of `values` that are not fields are ignored; missing keys take the form's defaults.
 *
 * What is sent ("unset is a state"):
 * - `model` (the form's model id, or `options.modelId`), then fields in form order.
 * - Empty values are never sent: `undefined`, `""` and `[]`.
 * - Fields fixed by options are always sent; fields fixed by the provider never are.
 * - Fields restricted by `compileOptions.limits` are always sent when set, so the provider's own default (which the
 *   policy may not allow) never applies. A server re-validates a body with the same policy by compiling with the
 *   same `limits` and building from the body: `buildImageRequest(compileParameterForm(model, { limits }), body)`.
 * - `mode: "full"`: every other non-empty value.
 * - `mode: "minimal"` (default): a value is sent when the user changed the field (`options.touched`: the names
 *   of fields whose value differs from where the form started), or when it differs from the provider's published
 *   default; with no published default, when it differs from the form's
 *   starting default. So an untouched field still at its default is left out and the provider's own default
 *   applies. (A published default that had to be clamped differs from the clamped starting value, so that one is
 *   sent.)
 * - Never anything that is not a field: no `nImages`, `stream`, `provider` or legacy image fields.
 *
 * @throws {ImageRequestValidationError} when the values fail the schema (each issue names its field), when no
 * model id is known, or when `values` is not an object (or cannot be read). Never any other error.
 * @example
 * ```ts
 * const form = compileParameterForm(model);
 * buildImageRequest(form, { ...form.defaults, prompt: "a lighthouse", n: 2 });
 * // { model: "acme/pixel-v3", prompt: "a lighthouse", n: 2 }
 * ```
 */
export function buildImageRequest(
  input: CompiledForm | CompileInput,
  values: FormValues,
  options: BuildRequestOptions = {},
): ImageRequest {
  const result = safeBuildImageRequest(input, values, options);
  if (!result.success) throw result.error;
  return result.request;
}
