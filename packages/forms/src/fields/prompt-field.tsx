import { type Control, useWatch } from "react-hook-form";
import { FieldShell } from "./field-shell";
import { submitOnEnter } from "./submit-on-enter";
import type { FieldComponentProps } from "./types";
import { useRegisteredField } from "./use-field-controller";

function LengthCounter({
  control,
  name,
  max,
  className,
}: {
  control: Control;
  name: string;
  max: number;
  className?: string;
}) {
  // The only subscriber to the prompt's value: typing re-renders this counter and nothing else.
  const value = useWatch({ control, name });
  const length = typeof value === "string" ? value.length : 0;
  return (
    <span data-mf-slot="counter" className={className} data-invalid={length > max ? "" : undefined} aria-live="polite">
      {length}/{max}
    </span>
  );
}

/**
 * The prompt: an uncontrolled textarea (typing re-renders nothing) with a live character counter when the field
 * has a `maxLength`. Enter starts a new line; Ctrl+Enter (Cmd+Enter on a Mac) submits the form.
 *
 * @example
 * ```tsx
 * <PromptField field={promptField} control={form.control} />
 * ```
 */
export function PromptField(props: FieldComponentProps) {
  const { field, disabled } = props;
  const { input, error, control } = useRegisteredField(props);
  const max = field.constraints.maxLength;
  return (
    <FieldShell
      {...props}
      error={error}
      aside={
        max !== undefined ? (
          <LengthCounter control={control} name={input.name} max={max} className={props.classNames?.counter} />
        ) : null
      }
    >
      {({ control: aria }) => (
        <textarea
          {...aria}
          {...input}
          data-mf-slot="textarea"
          className={props.classNames?.textarea}
          rows={3}
          disabled={disabled}
          onKeyDown={(event) => submitOnEnter(event, "command")}
        />
      )}
    </FieldShell>
  );
}
