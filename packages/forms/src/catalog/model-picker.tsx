"use client";
import {
  defaultRangeExtractor,
  observeElementRect,
  type Range,
  type Rect,
  useVirtualizer,
} from "@tanstack/react-virtual";
import { type KeyboardEvent, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { usePartMessages } from "../form/model-form-messages";
import {
  type CapabilityFilter,
  filterModels,
  type ModelPickerFilters,
  type PickerModel,
  takesImages,
} from "./filter-models";
import { defaultModelPickerMessages, type ModelPickerMessages } from "./model-picker-messages";
import { type TypeaheadState, typeahead, typeaheadActive } from "./typeahead";

export { type CapabilityFilter, filterModels, type ModelPickerFilters, type PickerModel } from "./filter-models";

/** Props of {@link ModelPicker}. */
export interface ModelPickerProps {
  models: readonly PickerModel[];
  /** The selected model id. */
  value?: string;
  onChange?: (id: string, model: PickerModel) => void;
  /** Initial filters (the picker owns them afterwards). */
  filters?: ModelPickerFilters;
  /** Called whenever the search text or capability changes. */
  onFiltersChange?: (filters: Required<ModelPickerFilters>) => void;
  /** Accessible name of the list; default `messages.list` ("Models"). */
  label?: string;
  /** Texts (English by default; also read from an enclosing `ModelFormMessagesProvider`). */
  messages?: Partial<ModelPickerMessages>;
  disabled?: boolean;
  className?: string;
}

/** Lists longer than this render only the rows in view (plus a few); shorter ones render every row. */
export const VIRTUALIZE_OVER = 100;
/** A row's height before it is measured, px. */
const ESTIMATED_ROW = 48;
// The viewport when the list has no layout yet (server render, jsdom, a hidden ancestor): 24rem of rows.
const FALLBACK_RECT: Rect = { width: 0, height: 384 };
const observeRect: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { ...rect, height: FALLBACK_RECT.height }));

// A row without layout (hidden ancestor, jsdom) keeps its estimate: zero-height rows would all "fit" the viewport.
const measureRow = (element: Element, entry: ResizeObserverEntry | undefined): number => {
  const size = entry?.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height;
  return size > 0 ? Math.round(size) : ESTIMATED_ROW;
};

/**
 * An accessible model picker: a labelled search box, a capability filter (native radio group) and a listbox
 * navigated with the arrow keys, Page Up/Down, Home/End and typeahead (type a name's first letters), chosen with
 * Enter, Space or a click. Names render as text. Long lists are virtualised: only the rows in view are in the DOM,
 * each with `aria-setsize` / `aria-posinset`, and the active row always stays rendered for `aria-activedescendant`.
 * A virtualised list scrolls inside `max-height: var(--mf-model-picker-height, 24rem)`.
 *
 * @example
 * ```tsx
 * const { models = [] } = useImageModels();
 * const [modelId, setModelId] = useState<string>();
 * <ModelPicker models={models} value={modelId} onChange={setModelId} />
 * ```
 */
export function ModelPicker({
  models,
  value,
  onChange,
  filters,
  onFiltersChange,
  label: labelProp,
  disabled,
  className,
  messages: messagesProp,
}: ModelPickerProps) {
  const messages = usePartMessages("picker", defaultModelPickerMessages, messagesProp);
  const label = labelProp ?? messages.list;
  const id = useId();
  const [query, setQuery] = useState(filters?.query ?? "");
  const [capability, setCapability] = useState<CapabilityFilter>(filters?.capability ?? "all");
  // Synchronous: filtering is one pass over cached strings, and only the rows in view render.
  const visible = useMemo(() => filterModels(models, { query, capability }), [models, query, capability]);
  const [activeId, setActiveId] = useState<string | undefined>(value);
  const listRef = useRef<HTMLDivElement>(null);
  const typed = useRef<TypeaheadState>({ text: "", at: 0 });

  const activeIndex = Math.max(
    0,
    visible.findIndex((model) => model.id === activeId),
  );
  const active = visible[activeIndex];
  const optionId = (index: number) => `${id}-option-${index}`;

  const virtual = visible.length > VIRTUALIZE_OVER;
  const virtualizer = useVirtualizer({
    enabled: virtual,
    count: visible.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ESTIMATED_ROW,
    measureElement: measureRow,
    getItemKey: (index) => visible[index]?.id ?? index,
    overscan: 6,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
    // The active row stays rendered while scrolled away: aria-activedescendant must name an element. A new
    // function per active row, so the virtualizer recomputes its rows when only the active one changed.
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        return activeIndex < range.count && !indexes.includes(activeIndex)
          ? [...indexes, activeIndex].sort((a, b) => a - b)
          : indexes;
      },
      [activeIndex],
    ),
  });

  // Opening on a chosen model far down a long list shows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only.
  useLayoutEffect(() => {
    if (virtual && activeIndex > 0) virtualizer.scrollToIndex(activeIndex, { align: "center" });
  }, []);

  const updateFilters = (next: Required<ModelPickerFilters>) => {
    setQuery(next.query);
    setCapability(next.capability);
    onFiltersChange?.(next);
  };

  const choose = (model: PickerModel | undefined) => {
    if (!model || disabled) return;
    setActiveId(model.id);
    onChange?.(model.id, model);
  };

  const moveTo = (index: number) => {
    const clamped = Math.min(Math.max(index, 0), visible.length - 1);
    const model = visible[clamped];
    if (!model) return;
    setActiveId(model.id);
    // Keep the active row in view inside the scrolling list (rendering it first when virtualised).
    if (virtual) virtualizer.scrollToIndex(clamped, { align: "auto" });
    else listRef.current?.querySelector(`[data-index="${clamped}"]`)?.scrollIntoView?.({ block: "nearest" });
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: visible.length - 1,
      PageDown: activeIndex + 10,
      PageUp: activeIndex - 10,
    };
    const target = moves[event.key];
    const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (target !== undefined) moveTo(target);
    else if (event.key === "Enter") choose(active);
    // Space chooses, unless it continues a typed name ("gpt image").
    else if (event.key === " " && !typeaheadActive(typed.current, event.timeStamp)) choose(active);
    else if (printable) {
      const found = typeahead(
        typed.current,
        event.key,
        event.timeStamp,
        visible.length,
        (index) => visible[index]?.name ?? "",
        activeIndex,
      );
      typed.current = found.state;
      if (found.index !== undefined) moveTo(found.index);
    } else return;
    event.preventDefault();
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "ArrowDown" || visible.length === 0) return;
    event.preventDefault();
    listRef.current?.focus();
  };

  const searchId = `${id}-search`;
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const indexes = virtual ? virtualizer.getVirtualItems() : visible.map((_, index) => ({ index, start: 0 }));
  return (
    <div data-mf-root="" data-mf-slot="model-picker" data-disabled={disabled ? "" : undefined} className={className}>
      <div data-mf-slot="model-picker-search">
        <label data-mf-slot="label" htmlFor={searchId}>
          {messages.search}
        </label>
        <input
          id={searchId}
          type="search"
          data-mf-slot="input"
          value={query}
          placeholder={messages.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          aria-controls={visible.length > 0 ? listId : undefined}
          aria-describedby={statusId}
          onChange={(event) => updateFilters({ query: event.currentTarget.value, capability })}
          onKeyDown={onSearchKeyDown}
        />
      </div>
      <fieldset data-mf-slot="model-picker-capability" disabled={disabled}>
        <legend data-mf-slot="label">{messages.capability}</legend>
        {(Object.keys(defaultModelPickerMessages.capabilities) as CapabilityFilter[]).map((key) => (
          <label key={key} data-mf-slot="radio" data-state={capability === key ? "checked" : "unchecked"}>
            <input
              type="radio"
              name={`${id}-capability`}
              value={key}
              checked={capability === key}
              onChange={() => updateFilters({ query, capability: key })}
            />
            {messages.capabilities[key]}
          </label>
        ))}
      </fieldset>
      <p data-mf-slot="model-picker-status" id={statusId} aria-live="polite">
        {visible.length === models.length
          ? messages.count(models.length)
          : messages.matches(visible.length, models.length)}
      </p>
      {visible.length > 0 ? (
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={label}
          aria-activedescendant={active ? optionId(activeIndex) : undefined}
          aria-disabled={disabled || undefined}
          // Stays focusable while disabled (aria-disabled) so the list can still be scrolled and read.
          tabIndex={0}
          data-mf-slot="model-picker-list"
          data-virtual={virtual ? "" : undefined}
          // A virtualised list needs a bounded, scrolling viewport even without the stylesheet.
          style={virtual ? { maxHeight: "var(--mf-model-picker-height, 24rem)", overflowY: "auto" } : undefined}
          onKeyDown={onListKeyDown}
        >
          <div
            data-mf-slot="model-picker-rows"
            style={virtual ? { position: "relative", height: virtualizer.getTotalSize() } : undefined}
          >
            {indexes.map(({ index, start }) => {
              const model = visible[index] as PickerModel;
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keyboard (aria-activedescendant).
                // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant.
                <div
                  key={model.id}
                  ref={virtual ? virtualizer.measureElement : undefined}
                  data-index={index}
                  id={optionId(index)}
                  role="option"
                  aria-selected={model.id === value}
                  aria-setsize={visible.length}
                  aria-posinset={index + 1}
                  data-mf-slot="model-picker-option"
                  data-model-id={model.id}
                  data-active={index === activeIndex ? "" : undefined}
                  data-state={model.id === value ? "checked" : "unchecked"}
                  style={
                    virtual
                      ? { position: "absolute", top: 0, left: 0, right: 0, transform: `translateY(${start}px)` }
                      : undefined
                  }
                  onClick={() => choose(model)}
                >
                  <span data-mf-slot="model-name">{model.name}</span>
                  <span data-mf-slot="model-meta">
                    {model.id}
                    {model.owned_by ? ` · ${model.owned_by}` : ""}
                    {takesImages(model) ? ` · ${messages.imageInput}` : ""}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      ) : (
        <p data-mf-slot="model-picker-empty">{messages.empty}</p>
      )}
    </div>
  );
}
