import { FieldShell } from "./field-shell";
import type { FieldComponentProps } from "./types";
import { errorMessage, useFieldController } from "./use-field-controller";

/**
 * A one-line text input (e.g. `negative_prompt`). Empty text is stored as `undefined` (unset).
 *
 * @example
 * ```tsx
 * <TextField field={negativePromptField} control={form.control} />
 * ```
 */
export function TextField(props: FieldComponentProps) {
  const { field, disabled, className } = props;
  const { field: input, fieldState } = useFieldController(props);
  const error = errorMessage(fieldState.error);
  return (
    <FieldShell field={field} error={error} disabled={disabled} className={className}>
      {({ control }) => (
        <input
          {...control}
          ref={input.ref}
          name={input.name}
          type="text"
          data-slot="input"
          maxLength={field.constraints.maxLength}
          value={typeof input.value === "string" ? input.value : ""}
          onChange={(event) => input.onChange(event.target.value === "" ? undefined : event.target.value)}
          onBlur={input.onBlur}
          disabled={disabled}
        />
      )}
    </FieldShell>
  );
}
