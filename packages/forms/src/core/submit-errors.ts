import { isImageApiError, isImageApiHttpError } from "@model-forms/client/core";
import type { CompiledForm } from "./types";
import { setOwn } from "./values-equal";

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
const withoutUrls = (message: string): string =>
  message
    .replace(/\b(?:GET|POST|PUT|PATCH|DELETE)\s+https?:\/\/\S+\s*/g, "")
    .replace(/https?:\/\/\S+/g, "…")
    .trim();

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value : undefined);

/**
 * The field a published name points at: the name itself, or the field it is a path into (`input_references[1]`,
 * `input_references.0`). Names are opaque, so an exact match (then the longest prefix) wins.
 *
 * @example
 * ```ts
 * fieldForParameter(form, "input_references[1]"); // "input_references"
 * ```
 */
export function fieldForParameter(compiled: CompiledForm, parameter: string | undefined): string | undefined {
  let found: string | undefined;
  for (const { name, fixed } of compiled.fields) {
    if (fixed || !parameter) continue;
    if (name === parameter) return name;
    const rest = parameter[name.length];
    if (parameter.startsWith(name) && (rest === "[" || rest === ".") && name.length > (found?.length ?? -1))
      found = name;
  }
  return found;
}

/**
 * Whether a value returned by `onSubmit` is a {@link SubmitErrors} object (rather than, say, a generation result).
 *
 * @example
 * ```ts
 * isSubmitErrors({ formError: "Out of credits" }); // true
 * ```
 */
export function isSubmitErrors(value: unknown): value is SubmitErrors {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { fieldErrors, formError } = value as SubmitErrors;
  return (
    (fieldErrors !== undefined || formError !== undefined) &&
    (fieldErrors === undefined || (typeof fieldErrors === "object" && fieldErrors !== null)) &&
    (formError === undefined || typeof formError === "string")
  );
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
  let pairs: Array<[unknown, unknown]> = [];
  const banner: unknown[] = [];
  const issues = typeof error === "object" && error !== null ? (error as { issues?: unknown }).issues : undefined;
  if (isSubmitErrors(error)) {
    pairs = Object.entries(error.fieldErrors ?? {});
    banner.push(error.formError);
  } else if (Array.isArray(issues) && issues.length) {
    pairs = issues.map((issue) => [issue?.field, issue?.message]);
  } else if (isImageApiError(error) && fieldForParameter(compiled, error.parameter) !== undefined) {
    // A client error naming a field (`error.parameter` / `error.param`) lands there, in the API's own words.
    pairs = [[error.parameter, isImageApiHttpError(error) ? error.apiMessage : undefined]];
  } else {
    banner.push(errorBannerMessage(error, m));
  }
  const fieldErrors: Record<string, string> = {};
  for (const [name, message] of pairs) {
    const clean = redactCredentials(text(message) ?? m.invalidValue);
    const field = fieldForParameter(compiled, text(name));
    // Published names are opaque keys: an own property even for `__proto__`; the first message per field wins.
    if (field === undefined) banner.push(clean);
    else if (!Object.hasOwn(fieldErrors, field)) setOwn(fieldErrors, field, clean);
  }
  const formError = banner.map(text).filter(Boolean).join(" ");
  return { fieldErrors, formError: formError ? redactCredentials(formError) : undefined };
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
    const kind = { Network: m.network, Timeout: m.timeout, Response: m.invalidResponse };
    return kind[(error as Error).name.slice(8, -5) as keyof typeof kind] ?? m.failed;
  }
  const message = error instanceof Error ? text(withoutUrls(redactCredentials(error.message))) : undefined;
  return message ?? m.failed;
}
