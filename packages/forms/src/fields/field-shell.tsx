import { type ReactNode, useId } from "react";
import type { FormField } from "../core/types";

/**
 * The text that labels a field: its label, else its name, never empty (a control must always have a name).
 *
 * @example
 * ```ts
 * fieldLabel({ ...field, label: "" }); // "guidance_scale"
 * ```
 */
export function fieldLabel(field: Pick<FormField, "label" | "name">): string {
  if (typeof field.label === "string" && field.label.trim()) return field.label;
  return typeof field.name === "string" && field.name.trim() ? field.name : "Unnamed field";
}

/** Aria props FieldShell hands to the control it wraps. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

/** Ids and props FieldShell derives from one `useId`. */
export interface FieldShellIds {
  labelId: string;
  control: FieldControlProps;
}

/** Props of {@link FieldShell}. */
export interface FieldShellProps {
  field: FormField;
  /** The error message, when the value is invalid. */
  error?: string;
  disabled?: boolean;
  className?: string;
  /** `data-state` of the field root (e.g. `checked`, `unset`). */
  state?: string;
  /** Renders the label as a `<span>` (for controls that are not labelable, e.g. groups). */
  labelElement?: "label" | "span";
  /** Extra content beside the label, e.g. a character counter. */
  aside?: ReactNode;
  /** The control; receives the ids and aria props to spread on the focusable element. */
  children: (ids: FieldShellIds) => ReactNode;
}

/**
 * The frame of every field: label, control slot, description, hint and error, all linked through ids derived from
 * one `useId`. `aria-describedby` names the error only while there is one; the error is announced (`role="alert"`).
 *
 * @example
 * ```tsx
 * <FieldShell field={field} error={fieldState.error?.message}>
 *   {({ control }) => <input {...control} />}
 * </FieldShell>
 * ```
 */
export function FieldShell({
  field,
  error,
  disabled,
  className,
  state,
  labelElement = "label",
  aside,
  children,
}: FieldShellProps) {
  const id = useId();
  const controlId = `${id}-control`;
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [field.description ? descriptionId : "", field.hint ? hintId : "", error ? errorId : ""]
    .filter(Boolean)
    .join(" ");
  const label = fieldLabel(field);
  const control: FieldControlProps = { id: controlId };
  if (describedBy) control["aria-describedby"] = describedBy;
  if (error) control["aria-invalid"] = true;
  if (field.constraints.required) control["aria-required"] = true;
  return (
    <div
      data-slot="field"
      data-name={field.name}
      data-widget={field.widget}
      data-state={state}
      data-invalid={error ? "" : undefined}
      data-disabled={disabled ? "" : undefined}
      data-required={field.constraints.required ? "" : undefined}
      className={className}
    >
      <div data-slot="label-row">
        {labelElement === "label" ? (
          <label data-slot="label" id={labelId} htmlFor={controlId}>
            {label}
          </label>
        ) : (
          <span data-slot="label" id={labelId}>
            {label}
          </span>
        )}
        {aside}
      </div>
      <div data-slot="control">{children({ labelId, control })}</div>
      {field.description ? (
        <p data-slot="description" id={descriptionId}>
          {field.description}
        </p>
      ) : null}
      {field.hint ? (
        <p data-slot="hint" id={hintId}>
          {field.hint}
        </p>
      ) : null}
      {error ? (
        <p data-slot="error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
