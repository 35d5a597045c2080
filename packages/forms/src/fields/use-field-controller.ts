import { useCallback, useSyncExternalStore } from "react";
import {
  type Control,
  get,
  type RegisterOptions,
  type UseFormRegisterReturn,
  useController,
  useFormContext,
  useFormState,
  useWatch,
} from "react-hook-form";
import { pathOf } from "../form/field-paths";
import type { FieldComponentProps } from "./types";

/**
 * useController for a field: the control prop wins, else the surrounding FormProvider's. `field.value` is the stored
 * value: react-hook-form shows the default value in place of `undefined`, but here `undefined` means "unset".
 * `error` is the field's error message, if any.
 *
 * @example
 * ```tsx
 * function MyField(props: FieldComponentProps) {
 *   const { field, fieldState } = useFieldController(props);
 *   return <input value={String(field.value ?? "")} onChange={(e) => field.onChange(e.target.value)} />;
 * }
 * ```
 */
export function useFieldController({ field, control: anyControl, name }: FieldComponentProps) {
  const path = pathOf({ field, name });
  const control = anyControl as Control | undefined;
  // `disabled` stays a UI concern: react-hook-form would drop a disabled field's value from the submit data.
  const controller = useController({ name: path, control });
  // A second watcher without a default value: useController's falls back to the default when the value is unset.
  const value = useWatch({ name: path, control });
  return { ...controller, field: { ...controller.field, value }, error: errorMessage(controller.fieldState.error) };
}

/** The field's control: the control prop, else the surrounding FormProvider's. */
function useAnyControl(anyControl: FieldComponentProps["control"]): Control {
  const context = useFormContext() as ReturnType<typeof useFormContext> | null;
  return ((anyControl as Control | undefined) ?? context?.control) as Control;
}

/**
 * The field's error message, re-rendering only when the message itself changes (useFormState re-renders on every
 * validation of the field, even when its error stays the same). For the frame of a field whose value lives below it.
 *
 * @example
 * ```tsx
 * const error = useFieldError(props);
 * return <FieldShell field={props.field} error={error}>{({ control }) => <MyControl {...control} />}</FieldShell>;
 * ```
 */
export function useFieldError({ field, control: anyControl, name }: FieldComponentProps): string | undefined {
  const path = pathOf({ field, name });
  const control = useAnyControl(anyControl);
  // react-hook-form updates its errors before it notifies; reading the message lets React skip unchanged ones.
  // `_subscribe` / `_formState` are react-hook-form internals (since 7.55): the peer-range run (forms-lowest) covers
  // the floor of the declared range, the forms project the newest.
  const subscribe = useCallback(
    (notify: () => void) =>
      control._subscribe({ name: path, exact: true, formState: { errors: true }, callback: notify }),
    [control, path],
  );
  const read = () => errorMessage(get(control._formState.errors, path));
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * A value derived from the field's value (e.g. "is it set?"), re-rendering only when that derived value changes:
 * a slider step re-renders the controls, not the frame. `select` must return a primitive.
 *
 * @example
 * ```tsx
 * const set = useFieldValueSelector(props, (value) => typeof value === "number");
 * ```
 */
export function useFieldValueSelector<T extends string | number | boolean | undefined>(
  { field, control: anyControl, name }: FieldComponentProps,
  select: (value: unknown) => T,
): T {
  const path = pathOf({ field, name });
  const control = useAnyControl(anyControl);
  // Same subscription as useFieldError, on values; the range test runs it on the lowest and newest react-hook-form.
  const subscribe = useCallback(
    (notify: () => void) =>
      control._subscribe({ name: path, exact: true, formState: { values: true }, callback: notify }),
    [control, path],
  );
  const read = () => select(get(control._formValues, path));
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * An uncontrolled (registered) field: typing re-renders nothing; only a change of this field's error does.
 *
 * @example
 * ```tsx
 * const { input, error } = useRegisteredField(props);
 * return <textarea {...input} />;
 * ```
 */
export function useRegisteredField(
  { field, control: anyControl, name }: FieldComponentProps,
  options?: RegisterOptions,
): { input: UseFormRegisterReturn & { defaultValue?: string }; error: string | undefined; control: Control } {
  const path = pathOf({ field, name });
  const control = useAnyControl(anyControl);
  const { errors, defaultValues } = useFormState({ control, name: path, exact: true });
  // The starting text, so a server render shows it; react-hook-form writes later values straight to the element.
  const start: unknown = get(defaultValues, path);
  const input = { ...control.register(path, options), defaultValue: typeof start === "string" ? start : undefined };
  return { input, error: errorMessage(get(errors, path)), control };
}

/** The message of a field error, including array-level errors (`root`). */
export function errorMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const e = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof e.message === "string" && e.message) return e.message;
  if (typeof e.root?.message === "string") return e.root.message;
  // An array field may carry its first item's error only.
  for (const item of Object.values(e)) {
    const nested = item && typeof item === "object" ? (item as { message?: unknown }).message : undefined;
    if (typeof nested === "string") return nested;
  }
  return undefined;
}
