import { type Control, useWatch } from "react-hook-form";
import { FieldShell } from "./field-shell";
import type { AnyControl, FieldComponentProps } from "./types";
import { errorMessage, useFieldController } from "./use-field-controller";

function LengthCounter({ control, name, max }: { control?: AnyControl; name: string; max: number }) {
  // Its own subscriber: the counter follows every keystroke without involving anything else.
  const value = useWatch({ control: control as Control | undefined, name });
  const length = typeof value === "string" ? value.length : 0;
  return (
    <span data-slot="counter" data-invalid={length > max ? "" : undefined} aria-live="polite">
      {length}/{max}
    </span>
  );
}

/**
 * The prompt: a textarea with a live character counter when the field has a `maxLength`.
 *
 * @example
 * ```tsx
 * <PromptField field={promptField} control={form.control} />
 * ```
 */
export function PromptField(props: FieldComponentProps) {
  const { field, disabled, className } = props;
  const { field: input, fieldState } = useFieldController(props);
  const error = errorMessage(fieldState.error);
  const max = field.constraints.maxLength;
  return (
    <FieldShell
      field={field}
      error={error}
      disabled={disabled}
      className={className}
      aside={max !== undefined ? <LengthCounter control={props.control} name={input.name} max={max} /> : null}
    >
      {({ control }) => (
        <textarea
          {...control}
          ref={input.ref}
          name={input.name}
          data-slot="textarea"
          rows={3}
          value={typeof input.value === "string" ? input.value : ""}
          onChange={(event) => input.onChange(event.target.value)}
          onBlur={input.onBlur}
          disabled={disabled}
        />
      )}
    </FieldShell>
  );
}
