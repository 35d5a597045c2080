import { type ReactNode, useContext, useId } from "react";
import { defaultCoreMessages } from "../core/core-messages";
import type { FormField } from "../core/types";
import { ModelFormMessagesContext } from "../form/model-form-messages";
import { slotClass } from "../styles/slot-class-names";
import type { FieldClassNames } from "./types";

/**
 * The text that labels a field: its label, else its name, else `unnamed` (the core texts' `unnamedField`): never
 * empty, a control must always have a name.
 *
 * @example
 * ```ts
 * fieldLabel({ ...field, label: "" }); // "guidance_scale"
 * ```
 */
export function fieldLabel(
  field: Pick<FormField, "label" | "name">,
  unnamed: string = defaultCoreMessages.unnamedField,
): string {
  if (typeof field.label === "string" && field.label.trim()) return field.label;
  return typeof field.name === "string" && field.name.trim() ? field.name : unnamed;
}

/**
 * {@link fieldLabel} with the unnamed text of the enclosing messages (`core.unnamedField`).
 *
 * @example
 * ```ts
 * const label = useFieldLabel(field);
 * ```
 */
export function useFieldLabel(field: Pick<FormField, "label" | "name">): string {
  return fieldLabel(field, useContext(ModelFormMessagesContext).core?.unnamedField);
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
  /** Added to the root element (`data-mf-slot="field"`). */
  className?: string;
  /** Classes per part; the shell applies root, label-row, label, control, description, hint and error. */
  classNames?: FieldClassNames;
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
  classNames,
  state,
  labelElement = "label",
  aside,
  children,
}: FieldShellProps) {
  const id = useId();
  const label = useFieldLabel(field);
  const controlId = `${id}-control`;
  const labelId = `${id}-label`;
  // The texts under the control, in order; each is a `<p>` whose id is listed in the control's aria-describedby.
  const notes = (
    [
      ["description", field.description],
      ["hint", field.hint],
      ["error", error],
    ] as const
  ).filter(([, text]) => text);
  const control: FieldControlProps = { id: controlId };
  if (notes.length) control["aria-describedby"] = notes.map(([slot]) => `${id}-${slot}`).join(" ");
  if (error) control["aria-invalid"] = true;
  if (field.constraints.required) control["aria-required"] = true;
  const Label = labelElement;
  return (
    <div
      // A root of the stylesheet's scope: a field works (and is styled) on its own, outside the form too.
      data-mf-root=""
      data-mf-slot="field"
      data-name={field.name}
      data-widget={field.widget}
      data-state={state}
      data-invalid={error ? "" : undefined}
      data-disabled={disabled ? "" : undefined}
      data-required={field.constraints.required ? "" : undefined}
      className={slotClass(classNames, "root", className)}
    >
      <div data-mf-slot="label-row" className={classNames?.["label-row"]}>
        <Label
          data-mf-slot="label"
          id={labelId}
          htmlFor={labelElement === "label" ? controlId : undefined}
          className={classNames?.label}
        >
          {label}
        </Label>
        {aside}
      </div>
      <div data-mf-slot="control" className={classNames?.control}>
        {children({ labelId, control })}
      </div>
      {notes.map(([slot, text]) => (
        <p
          key={slot}
          data-mf-slot={slot}
          id={`${id}-${slot}`}
          role={slot === "error" ? "alert" : undefined}
          className={classNames?.[slot]}
        >
          {text}
        </p>
      ))}
    </div>
  );
}
