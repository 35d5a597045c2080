import { FieldShell } from "./field-shell";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

/**
 * What the form renders for a widget name it has no component for: a plain text box that stores the text (or
 * `undefined` when empty), so the field stays usable until a component is registered for it.
 *
 * @example
 * ```tsx
 * <ModelParameterForm model={model} components={{ "color-picker": ColorField }} />
 * ```
 */
export function FallbackField(props: FieldComponentProps) {
  const { disabled } = props;
  const { field: input, error } = useFieldController(props);
  const value = input.value === undefined || input.value === null ? "" : String(input.value);
  return (
    <FieldShell {...props} error={error} state="fallback">
      {({ control }) => (
        <input
          {...control}
          ref={input.ref}
          name={input.name}
          type="text"
          data-mf-slot="input"
          className={props.classNames?.input}
          value={value}
          onChange={(event) => input.onChange(event.target.value === "" ? undefined : event.target.value)}
          onBlur={input.onBlur}
          disabled={disabled}
        />
      )}
    </FieldShell>
  );
}
