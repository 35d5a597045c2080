import { isImageApiError, isImageApiHttpError } from "@model-forms/client";
import { setOwn } from "./set-own";
import type { CompiledForm } from "./types";

/**
 * Errors of a submit, sorted by where they show: on a field (by request field name) or in the form's banner.
 * `onSubmit` may return this object instead of throwing (the Server Action pattern); it is plain data, so it
 * crosses the server/client boundary.
 *
 * @example
 * ```ts
 * const errors: SubmitErrors = { fieldErrors: { resolution: "Not available for this model" } };
 * ```
 */
export interface SubmitErrors {
  fieldErrors?: Record<string, string>;
  formError?: string;
}

/** {@link SubmitErrors} after sorting: `fieldErrors` always present (possibly empty). */
export interface SortedSubmitErrors extends SubmitErrors {
  fieldErrors: Record<string, string>;
}

/** Texts for failures that carry no message of the API's own. */
export interface SubmitErrorMessages {
  /** Any failure without a better description. */
  failed: string;
  network: string;
  timeout: string;
  invalidResponse: string;
  /** An HTTP error whose body had no message. */
  httpStatus(status: number): string;
  /** A field the API blamed without saying why. */
  invalidValue: string;
}

/** The English texts of {@link SubmitErrorMessages}. */
export const defaultSubmitErrorMessages: SubmitErrorMessages = {
  failed: "The request failed.",
  network: "Could not reach the image API. Check the connection and try again.",
  timeout: "The image API did not answer in time. Try again.",
  invalidResponse: "The image API sent an answer this app cannot read.",
  httpStatus: (status) => `The image API refused the request (HTTP ${status}).`,
  invalidValue: "The image API rejected this value.",
};

/** Masks credentials a message may echo (`Bearer <token>`, `sk-…` keys), so they never reach the page. */
export function redactCredentials(message: string): string {
  return message
    .replace(/\b(Bearer|Basic)\s+[^\s"',;]+/gi, "$1 ***")
    .replace(/\bsk-[A-Za-z0-9_-]{8,}/g, "sk-***")
    .replace(/\b(api[_-]?key|token|secret)=[^\s&"']+/gi, "$1=***");
}

/** Drops URLs from a message that was written for developers (`POST http://… failed`), keeping the rest. */
function withoutUrls(message: string): string {
  return message
    .replace(/\b(?:GET|POST|PUT|PATCH|DELETE)\s+https?:\/\/\S+\s*/g, "")
    .replace(/https?:\/\/\S+/g, "…")
    .trim();
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value : undefined);

/**
 * The field a published name points at: the name itself, or the field it is a path into (`input_references[1]`,
 * `input_references.0`). Names are opaque, so an exact match always wins.
 */
export function fieldForParameter(compiled: CompiledForm, parameter: string | undefined): string | undefined {
  if (!parameter) return undefined;
  const shown = compiled.fields.filter((field) => !field.fixed);
  if (shown.some((field) => field.name === parameter)) return parameter;
  const prefixed = shown
    .filter((field) => parameter.startsWith(`${field.name}[`) || parameter.startsWith(`${field.name}.`))
    .sort((a, b) => b.name.length - a.name.length);
  return prefixed[0]?.name;
}

/** Adds a message to a field, or to the banner when no visible field has that name. */
function place(into: Required<SubmitErrors>, compiled: CompiledForm, name: string, message: string): void {
  const field = fieldForParameter(compiled, name);
  // An own property even for a name like `__proto__` (published names are opaque keys).
  if (field !== undefined && !Object.hasOwn(into.fieldErrors, field)) setOwn(into.fieldErrors, field, message);
  else into.formError = into.formError ? `${into.formError} ${message}` : message;
}

/** Whether a value returned by `onSubmit` is a {@link SubmitErrors} object (rather than, say, a generation result). */
export function isSubmitErrors(value: unknown): value is SubmitErrors {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { fieldErrors, formError } = value as SubmitErrors;
  const fieldsOk = fieldErrors === undefined || (typeof fieldErrors === "object" && fieldErrors !== null);
  const formOk = formError === undefined || typeof formError === "string";
  return fieldsOk && formOk && (fieldErrors !== undefined || formError !== undefined);
}

/**
 * Sorts a failed submit onto the form: which field each message belongs to, and what the banner says. Pure, no
 * React, safe on a server (a Server Action can return its result).
 *
 * - An API error (`ImageApiHttpError`) whose `parameter` (`error.parameter` / `error.param`) names a field lands
 *   on that field with the API's own message; otherwise the banner shows the API's message.
 * - An `ImageRequestValidationError` (or any error or object with `issues: [{ field, message }]`, e.g. a server's
 *   JSON answer) puts each issue on its field.
 * - A {@link SubmitErrors} object is checked: names that are not visible fields move to the banner.
 * - Anything else shows in the banner. The banner never shows a URL or a credential: client errors show their
 *   API message or a plain sentence, other errors their message with URLs and credentials removed.
 *
 * @example
 * ```ts
 * try {
 *   await client.generateImages(request);
 * } catch (error) {
 *   const { fieldErrors, formError } = fieldErrorsFromError(error, form);
 *   // { fieldErrors: { resolution: "Unsupported resolution" }, formError: undefined }
 * }
 * ```
 */
export function fieldErrorsFromError(
  error: unknown,
  compiled: CompiledForm,
  messages: Partial<SubmitErrorMessages> = {},
): SortedSubmitErrors {
  const m = { ...defaultSubmitErrorMessages, ...messages };
  const out: Required<SubmitErrors> = { fieldErrors: {}, formError: "" };
  const result = () => ({ fieldErrors: out.fieldErrors, formError: out.formError || undefined });

  if (isSubmitErrors(error)) {
    for (const [name, message] of Object.entries(error.fieldErrors ?? {})) {
      const clean = text(message);
      if (clean) place(out, compiled, name, redactCredentials(clean));
    }
    const formError = text(error.formError);
    if (formError) out.formError = out.formError ? `${formError} ${out.formError}` : formError;
    out.formError = redactCredentials(out.formError);
    return result();
  }

  const issues = typeof error === "object" && error !== null ? (error as { issues?: unknown }).issues : undefined;
  if (Array.isArray(issues) && issues.length) {
    for (const issue of issues) {
      const { field, message } = (issue ?? {}) as { field?: unknown; message?: unknown };
      const clean = text(message) ?? m.invalidValue;
      place(out, compiled, text(field) ?? "", redactCredentials(clean));
    }
    return result();
  }

  // A client error naming a field (`error.parameter` / `error.param`) lands there; its text is the API's own.
  const field = isImageApiError(error) ? fieldForParameter(compiled, error.parameter) : undefined;
  if (field !== undefined) {
    const apiMessage = isImageApiHttpError(error) ? text(error.apiMessage) : undefined;
    setOwn(out.fieldErrors, field, apiMessage ? redactCredentials(apiMessage) : m.invalidValue);
    return result();
  }
  out.formError = errorBannerMessage(error, m);
  return result();
}

/**
 * What a banner says about a failure, for people rather than developers: the API's own message for an HTTP error
 * (or its status), a plain sentence for network, timeout and response errors, any other error's message with URLs
 * and credentials removed. Never a URL or a credential.
 *
 * @example
 * ```ts
 * errorBannerMessage(error); // "Insufficient balance"
 * ```
 */
export function errorBannerMessage(error: unknown, messages: Partial<SubmitErrorMessages> = {}): string {
  const m = { ...defaultSubmitErrorMessages, ...messages };
  if (isImageApiHttpError(error)) return redactCredentials(text(error.apiMessage) ?? m.httpStatus(error.status));
  if (isImageApiError(error)) {
    const kind = (error as Error).name;
    if (kind === "ImageApiNetworkError") return m.network;
    if (kind === "ImageApiTimeoutError") return m.timeout;
    if (kind === "ImageApiResponseError") return m.invalidResponse;
    return m.failed;
  }
  const message = error instanceof Error ? text(withoutUrls(redactCredentials(error.message))) : undefined;
  return message ?? m.failed;
}
