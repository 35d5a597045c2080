import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { usePartMessages } from "../form/model-form-messages";
import { useOptionNotes } from "../form/option-notes";
import { slotClass } from "../styles/slot-class-names";
import { FieldShell, useFieldLabel } from "./field-shell";
import { lazyComponent } from "./lazy-widget";
import {
  LONG_ENUM_THRESHOLD,
  type OptionItem,
  optionItems,
  recentOptionKeys,
  rememberRecentOption,
} from "./option-list";
import type { SearchableSelectMessages } from "./searchable-select-list";
import { StrokeIcon } from "./stroke-icon";
import type { FieldComponentProps } from "./types";
import { useFieldController } from "./use-field-controller";

/**
 * The English texts of the searchable select.
 *
 * @example
 * ```ts
 * defaultSearchableSelectMessages.count(3, 1000); // "3 of 1000 options"
 * ```
 */
export const defaultSearchableSelectMessages: SearchableSelectMessages = {
  placeholder: "Default",
  search: (label) => `Search ${label}`,
  searchPlaceholder: "Search…",
  noMatches: "No matching option",
  recent: "Recent",
  count: (shown, total) => `${shown} of ${total} options`,
  unset: "Default",
};

// The open list and its virtualiser are a chunk of their own: long enums are rare, and the closed trigger needs neither.
const SearchableSelectList = lazyComponent(() =>
  import("./searchable-select-list").then((module) => module.SearchableSelectList),
);

/** Props of {@link SearchableSelectField}. */
export interface SearchableSelectFieldProps extends FieldComponentProps {
  messages?: Partial<SearchableSelectMessages>;
  /** Show the search box above this many options ({@link LONG_ENUM_THRESHOLD} by default). */
  searchAbove?: number;
}

/**
 * The select for long and labelled enums: a combobox trigger that opens a search box (over
 * {@link LONG_ENUM_THRESHOLD} options) and a virtualised listbox, with app labels and icons
 * (`compileOptions.optionLabels` / `optionIcons`), option notes (`useOptionNotes`) and, when
 * `compileOptions.recentFirst` asks for it, recently chosen options first. `SelectField` delegates to it for such
 * fields. Keyboard: Enter, Space or the arrows open; typing on the closed trigger starts a search; Escape closes.
 *
 * @example
 * ```tsx
 * <SearchableSelectField field={styleField} control={form.control} />
 * ```
 */
export function SearchableSelectField(props: SearchableSelectFieldProps) {
  const { field, disabled, classNames, searchAbove = LONG_ENUM_THRESHOLD } = props;
  const messages = usePartMessages("searchableSelect", defaultSearchableSelectMessages, props.messages);
  const { field: input, error } = useFieldController(props);
  const items = useMemo(() => optionItems(field), [field]);
  const noteOf = useOptionNotes(field.name);
  const [open, setOpen] = useState<{ query: string } | null>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const listId = `${useId()}-list`;
  const selected = items.find((item) => item.value === input.value);
  const searchable = items.length > searchAbove;
  const label = useFieldLabel(field);
  // Fetch the list's chunk once a long select is on screen, so opening it does not wait.
  useEffect(() => {
    SearchableSelectList.preload().catch(() => {});
  }, []);

  // A press outside closes the list (focus stays where the user put it).
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(null);
    triggerRef.current?.focus();
  };
  const choose = (item: OptionItem | undefined) => {
    input.onChange(item?.value);
    input.onBlur();
    if (item && field.recentFirst) rememberRecentOption(field.name, item.key);
    close();
  };
  const onTriggerKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (open || disabled) return;
    const { key } = event;
    if (key === "Enter" || key === " " || key === "ArrowDown" || key === "ArrowUp") {
      event.preventDefault();
      setOpen({ query: "" });
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && searchable) {
      // Typing on the closed trigger starts a search with that character.
      event.preventDefault();
      setOpen({ query: key });
    }
  };
  const placeholder =
    field.providerDefault !== undefined
      ? `${messages.placeholder} (${String(field.providerDefault)})`
      : messages.placeholder;

  return (
    <FieldShell {...props} error={error} state={selected ? "set" : "unset"}>
      {({ control }) => (
        <div
          ref={rootRef}
          data-mf-slot="long-select"
          data-state={open ? "open" : "closed"}
          className={slotClass(classNames, "long-select")}
        >
          <button
            {...control}
            ref={(element) => {
              triggerRef.current = element;
              input.ref(element);
            }}
            type="button"
            role="combobox"
            aria-expanded={open !== null}
            aria-haspopup="listbox"
            aria-controls={open ? listId : undefined}
            data-mf-slot="long-select-trigger"
            data-placeholder={selected ? undefined : ""}
            className={slotClass(classNames, "long-select-trigger")}
            disabled={disabled}
            onClick={() => (open ? close() : setOpen({ query: "" }))}
            onKeyDown={onTriggerKey}
          >
            {selected?.icon ? (
              <img
                src={selected.icon}
                alt=""
                data-mf-slot="long-select-icon"
                className={slotClass(classNames, "long-select-icon")}
              />
            ) : null}
            <span data-mf-slot="long-select-value" className={slotClass(classNames, "long-select-value")}>
              {selected ? selected.label : placeholder}
            </span>
            <span data-mf-slot="select-icon" className={slotClass(classNames, "select-icon")}>
              <StrokeIcon d="M4 6l4 4 4-4" />
            </span>
          </button>
          {open ? (
            <SearchableSelectList
              listId={listId}
              label={label}
              items={items}
              selectedKey={selected?.key}
              searchable={searchable}
              initialQuery={open.query}
              recent={field.recentFirst ? recentOptionKeys(field.name) : []}
              unsettable={!field.constraints.required && selected !== undefined}
              noteOf={noteOf}
              onChoose={choose}
              onClose={close}
              messages={messages}
              classNames={classNames}
            />
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}
