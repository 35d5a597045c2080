import { FieldShell } from "./field-shell";
import { submitOnEnter } from "./submit-on-enter";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

/**
 * A checkbox for a true/false field. Space toggles it; Enter submits the form, as in every other single-line
 * control (browsers disagree on a checkbox: Firefox submits, Chromium does nothing).
 *
 * @example
 * ```tsx
 * <ToggleField field={watermarkField} control={form.control} />
 * ```
 */
export function ToggleField(props: FieldComponentProps) {
  const { disabled } = props;
  const { field: input, error } = useFieldController(props);
  const checked = input.value === true;
  return (
    <FieldShell {...props} error={error} state={checked ? "checked" : "unchecked"}>
      {({ control }) => (
        <input
          {...control}
          ref={input.ref}
          name={input.name}
          type="checkbox"
          data-mf-slot="checkbox"
          className={props.classNames?.checkbox}
          checked={checked}
          onChange={(event) => {
            input.onChange(event.target.checked);
            input.onBlur();
          }}
          onKeyDown={(event) => submitOnEnter(event, "plain")}
          disabled={disabled}
        />
      )}
    </FieldShell>
  );
}
