import { type FieldError, get, type UseFormReturn } from "react-hook-form";
import type { SortedSubmitErrors } from "../core/submit-errors";
import type { FormField, FormValues } from "../core/types";
import { valuesEqual } from "../core/values-equal";
import { fieldPath } from "./field-paths";

// The value each server-marked path had when it was marked, per form: a change of that value clears the mark.
const markedValues = new WeakMap<object, Map<string, unknown>>();

/** The error `type` of messages that came back from a submit (the API or the app's server), not from the schema. */
export const SUBMIT_ERROR_TYPE = "server";

/**
 * Shows sorted submit errors on their fields: each gets `aria-invalid` and its message, the first one (in display
 * order) takes focus, and a closed "Advanced" disclosure holding one opens first so it can.
 *
 * @example
 * ```ts
 * applySubmitErrors(form, fields, fieldErrorsFromError(error, compiled), () => setAdvancedOpen(true));
 * ```
 */
export function applySubmitErrors(
  form: UseFormReturn<FormValues>,
  fields: readonly FormField[],
  errors: SortedSubmitErrors,
  openAdvanced?: () => void,
): void {
  const failing = fields.filter((field) => Object.hasOwn(errors.fieldErrors, field.name));
  if (openAdvanced && failing.some((field) => field.advanced)) openAdvanced();
  const marked = markedValues.get(form.control) ?? new Map<string, unknown>();
  markedValues.set(form.control, marked);
  for (const field of failing) marked.set(fieldPath(field.name), get(form.getValues(), fieldPath(field.name)));
  failing.forEach((field, index) => {
    // react-hook-form keys fields by their form path, not the published name (which may read as a path).
    form.setError(
      fieldPath(field.name),
      { type: SUBMIT_ERROR_TYPE, message: errors.fieldErrors[field.name] },
      { shouldFocus: index === 0 },
    );
  });
}

/**
 * The submit error a field still carries, when its value is the one the server rejected: a blur-time validation
 * that finishes after the submit (it waits for the pointer's release) keeps it instead of clearing it.
 *
 * @example
 * ```ts
 * compiledFormResolver(compiled, (path) => keptSubmitError(form, path));
 * ```
 */
export function keptSubmitError(
  form: Pick<UseFormReturn<FormValues>, "control" | "getValues" | "getFieldState">,
  path: string,
): FieldError | undefined {
  const marked = markedValues.get(form.control);
  if (!marked?.has(path) || !valuesEqual(get(form.getValues(), path), marked.get(path))) return undefined;
  const error = form.getFieldState(path).error;
  return error?.type === SUBMIT_ERROR_TYPE ? error : undefined;
}

/**
 * Clears a field's submit error as soon as its value changes (the schema's own errors follow the form's mode).
 * Returns the unsubscribe function.
 *
 * @example
 * ```ts
 * useEffect(() => clearSubmitErrorsOnChange(form), [form]);
 * ```
 */
export function clearSubmitErrorsOnChange(form: UseFormReturn<FormValues>): () => void {
  return form.subscribe({
    formState: { values: true },
    // react-hook-form also notifies "values" subscribers on setError, so compare values instead of trusting the event.
    callback: () => {
      const marked = markedValues.get(form.control);
      if (!marked?.size) return;
      const values = form.getValues();
      for (const [path, value] of marked) {
        if (valuesEqual(get(values, path), value)) continue;
        marked.delete(path);
        if (form.getFieldState(path).error?.type === SUBMIT_ERROR_TYPE) form.clearErrors(path);
      }
    },
  });
}
