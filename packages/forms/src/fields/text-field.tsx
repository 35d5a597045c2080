import { FieldShell } from "./field-shell";
import type { FieldComponentProps } from "./types";
import { useRegisteredField } from "./use-field-controller";

/** Empty text means "unset". */
const unsetEmpty = { setValueAs: (value: unknown) => (value === "" ? undefined : value) };

/**
 * A one-line text input (e.g. `negative_prompt`), uncontrolled: typing re-renders nothing. Empty text is stored as
 * `undefined` (unset).
 *
 * @example
 * ```tsx
 * <TextField field={negativePromptField} control={form.control} />
 * ```
 */
export function TextField(props: FieldComponentProps) {
  const { field, disabled } = props;
  const { input, error } = useRegisteredField(props, unsetEmpty);
  return (
    <FieldShell {...props} error={error}>
      {({ control }) => (
        <input
          {...control}
          {...input}
          type="text"
          data-mf-slot="input"
          className={props.classNames?.input}
          maxLength={field.constraints.maxLength}
          disabled={disabled}
        />
      )}
    </FieldShell>
  );
}
