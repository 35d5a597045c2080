import * as Select from "@radix-ui/react-select";
import { FieldShell } from "./field-shell";
import type { FieldComponentProps } from "./types";
import { errorMessage, useFieldController } from "./use-field-controller";

/** Radix reserves "" for "no value"; this item clears an optional field back to the provider default. */
const UNSET = "\u0000unset";

/**
 * A Radix Select for an enum field. Radix works on strings; the field keeps the option's own type (number or
 * string), and `undefined` (unset) shows the placeholder.
 *
 * @example
 * ```tsx
 * <SelectField field={resolutionField} control={form.control} />
 * ```
 */
export function SelectField(props: FieldComponentProps) {
  const { field, disabled, className } = props;
  const { field: input, fieldState } = useFieldController(props);
  const error = errorMessage(fieldState.error);
  const options = field.constraints.options ?? [];
  const value = input.value === undefined || input.value === null ? "" : String(input.value);
  const optional = !field.constraints.required;
  const placeholder = field.providerDefault !== undefined ? `Default (${String(field.providerDefault)})` : "Default";
  const onValueChange = (next: string) => {
    // Radix reports "" when its hidden native select is reset or its items change: not a user choice.
    if (next === "") return;
    input.onChange(next === UNSET ? undefined : options.find((option) => String(option) === next));
    input.onBlur();
  };
  return (
    <FieldShell field={field} error={error} disabled={disabled} className={className} state={value ? "set" : "unset"}>
      {({ control }) => (
        <Select.Root value={value} onValueChange={onValueChange} disabled={disabled}>
          <Select.Trigger {...control} ref={input.ref} data-slot="select-trigger" onBlur={input.onBlur}>
            {/* The text is given (not read from the portalled item) so a server render shows the value too. */}
            <Select.Value placeholder={placeholder}>{value ? value : undefined}</Select.Value>
            <Select.Icon data-slot="select-icon">
              <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor">
                <path d="M4 6l4 4 4-4" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </Select.Icon>
          </Select.Trigger>
          <Select.Portal>
            <Select.Content data-slot="select-content" position="popper" sideOffset={4}>
              <Select.Viewport data-slot="select-viewport">
                {optional && value ? (
                  <Select.Item value={UNSET} data-slot="select-item" data-unset="">
                    <Select.ItemText>{placeholder}</Select.ItemText>
                  </Select.Item>
                ) : null}
                {options.map((option) => (
                  <Select.Item key={String(option)} value={String(option)} data-slot="select-item">
                    <Select.ItemText>{String(option)}</Select.ItemText>
                    <Select.ItemIndicator data-slot="select-indicator">
                      <svg
                        aria-hidden="true"
                        viewBox="0 0 16 16"
                        width="14"
                        height="14"
                        fill="none"
                        stroke="currentColor"
                      >
                        <path d="M3.5 8.5l3 3 6-7" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
                      </svg>
                    </Select.ItemIndicator>
                  </Select.Item>
                ))}
              </Select.Viewport>
            </Select.Content>
          </Select.Portal>
        </Select.Root>
      )}
    </FieldShell>
  );
}
