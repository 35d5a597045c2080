import { observeElementRect, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from "react";
import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import { filterOptions, type OptionItem, recentFirst } from "./option-list";

/** Row height of the virtualised list, in CSS pixels. */
const ROW = 34;
/** Visible rows before the list scrolls. */
const VISIBLE_ROWS = 8;

/** Texts of the searchable select. */
export interface SearchableSelectMessages {
  /** Shown in the closed trigger when no value is set. */
  placeholder: string;
  /** The search box's accessible name, from the field label. */
  search(label: string): string;
  searchPlaceholder: string;
  noMatches: string;
  /** The badge of recently chosen options. */
  recent: string;
  /** Announced after filtering. */
  count(shown: number, total: number): string;
  /** The option that clears an optional field. */
  unset: string;
}

/** Parts of the searchable select that carry `data-mf-slot`, for `classNames`. */
export type SearchableSelectSlot =
  | "long-select"
  | "long-select-trigger"
  | "long-select-value"
  | "long-select-icon"
  | "long-select-content"
  | "long-select-search"
  | "long-select-list"
  | "long-select-option"
  | "long-select-note"
  | "long-select-recent"
  | "long-select-empty";

/** One row: an option, or the "unset" row of an optional field. */
interface Row {
  item?: OptionItem;
  recent: boolean;
}

/** Props of {@link SearchableSelectList}. */
export interface SearchableSelectListProps {
  listId: string;
  label: string;
  items: readonly OptionItem[];
  selectedKey: string | undefined;
  /** Show the search box. */
  searchable: boolean;
  initialQuery: string;
  /** Recently chosen keys to list first (when the query is empty). */
  recent: readonly string[];
  /** Offer an "unset" row (optional fields with a value). */
  unsettable: boolean;
  noteOf?: (value: string | number) => string | undefined;
  onChoose(item: OptionItem | undefined): void;
  onClose(): void;
  messages: SearchableSelectMessages;
  classNames?: SlotClassNames<SearchableSelectSlot>;
}

/**
 * The rows to mount: the virtualiser's window, plus the active row when it lies outside (aria-activedescendant must
 * name a mounted element, even before a scroll has moved the window).
 */
function withActive<T extends { index: number; start: number; size: number; key: unknown }>(
  items: T[],
  active: number,
  count: number,
): Array<Pick<T, "index" | "start" | "size">> {
  if (active >= count || items.some((item) => item.index === active)) return items;
  return [...items, { index: active, start: active * ROW, size: ROW }];
}

/** Reports the list's height from CSS, or its visible-rows height where layout reports none (jsdom). */
function observeListRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: ROW * VISIBLE_ROWS }),
  );
}

/**
 * The open part of the searchable select: a search box and a virtualised listbox (only the visible rows mount, so
 * opening 1,000 values costs about what 10 do). Arrow keys, Page Up/Down, Home/End, Enter, Escape and Tab; the
 * active option is announced through `aria-activedescendant`.
 *
 * @example
 * ```tsx
 * {open ? <SearchableSelectList listId={id} items={items} ... /> : null}
 * ```
 */
export function SearchableSelectList(props: SearchableSelectListProps) {
  const { listId, label, items, selectedKey, searchable, recent, unsettable, noteOf, messages, classNames } = props;
  const [query, setQuery] = useState(props.initialQuery);
  const rows = useMemo<Row[]>(() => {
    const matches = filterOptions(items, query);
    const ordered = query.trim() ? matches.map((item) => ({ item, recent: false })) : recentFirst(matches, recent);
    return unsettable && !query.trim() ? [{ recent: false }, ...ordered] : ordered;
  }, [items, query, recent, unsettable]);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      rows.findIndex((row) => row.item?.key === selectedKey),
    ),
  );
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW,
    overscan: 4,
    initialRect: { width: 0, height: ROW * VISIBLE_ROWS },
    observeElementRect: observeListRect,
  });

  // On open: focus the search box (or the list) and bring the chosen option into view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on open.
  useLayoutEffect(() => {
    (searchable ? searchRef.current : listRef.current)?.focus();
    if (active > 0) virtualizer.scrollToIndex(active, { align: "center" });
  }, []);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: "auto" });
  };
  /** The row a navigation key moves to; Home / End move the caret while there is search text. */
  const target = (key: string): number | undefined => {
    const page = VISIBLE_ROWS - 1;
    const editing = searchable && query !== "";
    if (key === "ArrowDown") return active + 1;
    if (key === "ArrowUp") return active - 1;
    if (key === "PageDown") return active + page;
    if (key === "PageUp") return active - page;
    if (key === "Home" && !editing) return 0;
    if (key === "End" && !editing) return rows.length - 1;
    return undefined;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = target(event.key);
    const row = rows[active];
    if (index !== undefined) move(index);
    // Enter never submits the surrounding form while the list is open, even with no match.
    else if (event.key === "Enter") row && props.onChoose(row.item);
    else if (event.key === "Escape" || event.key === "Tab") props.onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  const optionId = (index: number) => `${listId}-option-${index}`;
  const activeId = rows.length > 0 ? optionId(Math.min(active, rows.length - 1)) : undefined;
  const matches = rows.filter((row) => row.item).length;

  return (
    <div data-mf-slot="long-select-content" className={slotClass(classNames, "long-select-content")}>
      {searchable ? (
        <input
          ref={searchRef}
          type="search"
          data-mf-slot="long-select-search"
          className={slotClass(classNames, "long-select-search")}
          aria-label={messages.search(label)}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-autocomplete="list"
          placeholder={messages.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            virtualizer.scrollToOffset(0);
          }}
          onKeyDown={onKeyDown}
        />
      ) : null}
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={label}
        tabIndex={-1}
        aria-activedescendant={searchable ? undefined : activeId}
        data-mf-slot="long-select-list"
        className={slotClass(classNames, "long-select-list")}
        style={{ maxHeight: ROW * VISIBLE_ROWS, overflowY: "auto" }}
        onKeyDown={onKeyDown}
      >
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {withActive(virtualizer.getVirtualItems(), active, rows.length).map((virtual) => {
            const row = rows[virtual.index] as Row;
            const item = row.item;
            const note = item ? noteOf?.(item.value) : undefined;
            return (
              // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant.
              // biome-ignore lint/a11y/useKeyWithClickEvents: the list's own keydown handles the keyboard.
              <div
                key={item?.key ?? "\u0000unset"}
                id={optionId(virtual.index)}
                role="option"
                aria-selected={item !== undefined && item.key === selectedKey}
                aria-setsize={rows.length}
                aria-posinset={virtual.index + 1}
                data-mf-slot="long-select-option"
                data-highlighted={virtual.index === active ? "" : undefined}
                data-state={item !== undefined && item.key === selectedKey ? "checked" : "unchecked"}
                data-unset={item ? undefined : ""}
                className={slotClass(classNames, "long-select-option")}
                style={{
                  position: "absolute",
                  top: 0,
                  left: 0,
                  right: 0,
                  height: virtual.size,
                  transform: `translateY(${virtual.start}px)`,
                }}
                // Keep focus in the search box or list while the pointer picks.
                onMouseDown={(event) => event.preventDefault()}
                onPointerMove={() => virtual.index !== active && setActive(virtual.index)}
                onClick={() => props.onChoose(item)}
              >
                {item?.icon ? (
                  <img
                    src={item.icon}
                    alt=""
                    data-mf-slot="long-select-icon"
                    className={slotClass(classNames, "long-select-icon")}
                  />
                ) : null}
                <span data-mf-slot="long-select-value" className={slotClass(classNames, "long-select-value")}>
                  {item ? item.label : messages.unset}
                </span>
                {note ? " " : null}
                {note ? (
                  <span data-mf-slot="long-select-note" className={slotClass(classNames, "long-select-note")}>
                    {note}
                  </span>
                ) : null}
                {row.recent ? (
                  <span
                    aria-hidden="true"
                    data-mf-slot="long-select-recent"
                    className={slotClass(classNames, "long-select-recent")}
                  >
                    {messages.recent}
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
      </div>
      {matches === 0 ? (
        <p data-mf-slot="long-select-empty" className={slotClass(classNames, "long-select-empty")}>
          {messages.noMatches}
        </p>
      ) : null}
      {searchable ? (
        <span data-mf-slot="sr-only" role="status">
          {query.trim() ? messages.count(matches, items.length) : ""}
        </span>
      ) : null}
    </div>
  );
}
