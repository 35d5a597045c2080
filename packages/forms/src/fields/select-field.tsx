import { type KeyboardEvent, useRef } from "react";
import { usePartMessages } from "../form/model-form-messages";
import { useOptionNotes } from "../form/option-notes";
import { ClosedSelectTrigger } from "./closed-select-trigger";
import { defaultSelectFieldMessages } from "./field-messages";
import { FieldShell } from "./field-shell";
import { wantsSearchableSelect } from "./option-list";
import { SearchableSelectField } from "./searchable-select-field";
import { StrokeIcon } from "./stroke-icon";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";
import { useWakeableSelect } from "./use-wakeable-select";

/** Radix reserves "" for "no value"; this item clears an optional field back to the provider default. */
const UNSET = "\u0000unset";

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
 * Option texts: each option as written, except that a string which reads like another option of another type
 * (`"1"` beside `1`) is shown in quotes, so two different values never look the same.
 */
function optionLabels(options: ReadonlyArray<string | number>): string[] {
  const numbers = new Set(options.filter((option) => typeof option === "number").map(String));
  return options.map((option) =>
    typeof option === "string" && numbers.has(option) ? JSON.stringify(option) : String(option),
  );
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
  // Long (over 12 values) and labelled enums get the searchable, virtualised select.
  return wantsSearchableSelect(props.field) ? <SearchableSelectField {...props} /> : <RadixSelectField {...props} />;
}

/** The Radix Select for short enums. */
function RadixSelectField(props: FieldComponentProps) {
  const { field, disabled, classNames: cn } = props;
  const { field: input, error } = useFieldController(props);
  const options = field.constraints.options ?? [];
  // Radix works on strings: items are keyed by position, so `1` and `"1"` stay two options.
  const labels = optionLabels(options);
  const selected = options.findIndex((option) => Object.is(option, input.value));
  const value = selected >= 0 ? String(selected) : "";
  const optional = !field.constraints.required;
  const messages = usePartMessages("select", defaultSelectFieldMessages, undefined);
  const placeholder =
    field.providerDefault !== undefined
      ? messages.placeholderWithDefault(String(field.providerDefault))
      : messages.placeholder;
  // The items mount only while the list is open: a closed select costs a trigger, not one subtree per option; and
  // until Radix Select is fetched and the user reaches for it, the trigger is a plain button.
  const trigger = useRef<HTMLButtonElement | null>(null);
  const { Select, open, setOpen, wake } = useWakeableSelect(trigger);
  const triggerRef = (element: HTMLButtonElement | null) => {
    trigger.current = element;
    input.ref(element);
  };
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
    const from = selected + 1;
    const order = [...labels.keys()].map((i) => (from + i) % labels.length);
    const found = order.find((i) => labels[i]?.toLowerCase().replace(/^"/, "").startsWith(query));
    if (found !== undefined) onValueChange(String(found));
  };
  const onValueChange = (next: string) => {
    // Radix reports "" when its hidden native select is reset or its items change: not a user choice.
    if (next === "") return;
    input.onChange(next === UNSET ? undefined : options[Number(next)]);
    input.onBlur();
  };
  const shown = value ? (
    <>
      {labels[selected]}
      <OptionNote note={noteOf?.(input.value as string | number)} />
    </>
  ) : undefined;
  return (
    <FieldShell {...props} error={error} state={value ? "set" : "unset"}>
      {({ control }) =>
        Select === undefined ? (
          <ClosedSelectTrigger
            control={control}
            triggerRef={triggerRef}
            slot="select-trigger"
            disabled={disabled}
            placeholder={!value}
            className={cn?.["select-trigger"]}
            onBlur={input.onBlur}
            onKeyDown={onTriggerKey}
            onWake={wake}
            iconClassName={cn?.["select-icon"]}
          >
            {shown ?? placeholder}
          </ClosedSelectTrigger>
        ) : (
          <Select.Root
            value={value}
            onValueChange={onValueChange}
            disabled={disabled}
            open={open}
            onOpenChange={setOpen}
          >
            <Select.Trigger
              {...control}
              ref={triggerRef}
              data-mf-slot="select-trigger"
              className={cn?.["select-trigger"]}
              onBlur={input.onBlur}
              onKeyDown={onTriggerKey}
            >
              {/* The text is given (not read from the portalled item) so a server render shows the value too. */}
              <Select.Value placeholder={placeholder}>{shown}</Select.Value>
              <Select.Icon data-mf-slot="select-icon" className={cn?.["select-icon"]}>
                <StrokeIcon d="M4 6l4 4 4-4" />
              </Select.Icon>
            </Select.Trigger>
            {open ? (
              <Select.Portal>
                {/* Portalled to <body>: a root of the stylesheet's scope of its own. */}
                <Select.Content
                  data-mf-root=""
                  data-mf-slot="select-content"
                  className={cn?.["select-content"]}
                  position="popper"
                  sideOffset={4}
                >
                  <Select.Viewport data-mf-slot="select-viewport" className={cn?.["select-viewport"]}>
                    {optional && value ? (
                      <Select.Item
                        value={UNSET}
                        data-mf-slot="select-item"
                        data-unset=""
                        className={cn?.["select-item"]}
                      >
                        <Select.ItemText>{placeholder}</Select.ItemText>
                      </Select.Item>
                    ) : null}
                    {labels.map((label, index) => (
                      <Select.Item
                        // biome-ignore lint/suspicious/noArrayIndexKey: options are distinct; their position is their key.
                        key={index}
                        value={String(index)}
                        data-mf-slot="select-item"
                        className={cn?.["select-item"]}
                      >
                        <Select.ItemText>
                          {label}
                          <OptionNote note={noteOf?.(options[index] as string | number)} />
                        </Select.ItemText>
                        <Select.ItemIndicator data-mf-slot="select-indicator" className={cn?.["select-indicator"]}>
                          <StrokeIcon d="M3.5 8.5l3 3 6-7" />
                        </Select.ItemIndicator>
                      </Select.Item>
                    ))}
                  </Select.Viewport>
                </Select.Content>
              </Select.Portal>
            ) : null}
          </Select.Root>
        )
      }
    </FieldShell>
  );
}
