import * as Select from "@radix-ui/react-select";
import { type KeyboardEvent, useRef, useState } from "react";
import { useOptionNotes } from "../form/option-notes";
import { FieldShell } from "./field-shell";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

/** Radix reserves "" for "no value"; this item clears an optional field back to the provider default. */
const UNSET = "\u0000unset";

/** A 14px stroke icon of one path, hidden from assistive technology. */
function Icon({ d }: { d: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor">
      <path d={d} strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A per-option note (e.g. its price) after the option's text: "2K · $0.09". */
function OptionNote({ note }: { note: string | undefined }) {
  return note ? (
    <>
      {" · "}
      <span data-mf-slot="option-note">{note}</span>
    </>
  ) : null;
}

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
  const { field, disabled } = props;
  const { field: input, error } = useFieldController(props);
  const options = field.constraints.options ?? [];
  const value = input.value === undefined || input.value === null ? "" : String(input.value);
  const optional = !field.constraints.required;
  const placeholder = field.providerDefault !== undefined ? `Default (${String(field.providerDefault)})` : "Default";
  // The items mount only while the list is open: a closed select costs a trigger, not one subtree per option.
  const [open, setOpen] = useState(false);
  const noteOf = useOptionNotes(field.name);
  const typed = useRef({ text: "", at: 0 });
  // Typeahead on the closed trigger (Radix has no mounted items to search): the first option after the current one
  // that starts with the typed text; repeating one letter cycles through its options, like a native select.
  const onTriggerKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const key = event.key.toLowerCase();
    if (open || key.length !== 1 || key === " " || event.ctrlKey || event.metaKey || event.altKey) return;
    const text = (event.timeStamp - typed.current.at < 1000 ? typed.current.text : "") + key;
    typed.current = { text, at: event.timeStamp };
    const query = text === key.repeat(text.length) ? key : text;
    const labels = options.map(String);
    const from = labels.indexOf(value) + 1;
    const found = [...labels.slice(from), ...labels.slice(0, from)].find((label) =>
      label.toLowerCase().startsWith(query),
    );
    if (found !== undefined) onValueChange(found);
  };
  const onValueChange = (next: string) => {
    // Radix reports "" when its hidden native select is reset or its items change: not a user choice.
    if (next === "") return;
    input.onChange(next === UNSET ? undefined : options.find((option) => String(option) === next));
    input.onBlur();
  };
  return (
    <FieldShell {...props} error={error} state={value ? "set" : "unset"}>
      {({ control }) => (
        <Select.Root value={value} onValueChange={onValueChange} disabled={disabled} open={open} onOpenChange={setOpen}>
          <Select.Trigger
            {...control}
            ref={input.ref}
            data-mf-slot="select-trigger"
            onBlur={input.onBlur}
            onKeyDown={onTriggerKey}
          >
            {/* The text is given (not read from the portalled item) so a server render shows the value too. */}
            <Select.Value placeholder={placeholder}>
              {value ? value : undefined}
              {value ? <OptionNote note={noteOf?.(input.value as string | number)} /> : null}
            </Select.Value>
            <Select.Icon data-mf-slot="select-icon">
              <Icon d="M4 6l4 4 4-4" />
            </Select.Icon>
          </Select.Trigger>
          {open ? (
            <Select.Portal>
              <Select.Content data-mf-slot="select-content" position="popper" sideOffset={4}>
                <Select.Viewport data-mf-slot="select-viewport">
                  {optional && value ? (
                    <Select.Item value={UNSET} data-mf-slot="select-item" data-unset="">
                      <Select.ItemText>{placeholder}</Select.ItemText>
                    </Select.Item>
                  ) : null}
                  {options.map((option) => (
                    <Select.Item key={String(option)} value={String(option)} data-mf-slot="select-item">
                      <Select.ItemText>
                        {String(option)}
                        <OptionNote note={noteOf?.(option)} />
                      </Select.ItemText>
                      <Select.ItemIndicator data-mf-slot="select-indicator">
                        <Icon d="M3.5 8.5l3 3 6-7" />
                      </Select.ItemIndicator>
                    </Select.Item>
                  ))}
                </Select.Viewport>
              </Select.Content>
            </Select.Portal>
          ) : null}
        </Select.Root>
      )}
    </FieldShell>
  );
}
