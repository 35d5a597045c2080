"use client";
import type { ImageModel } from "@model-forms/client";
import { type KeyboardEvent, useDeferredValue, useId, useMemo, useRef, useState } from "react";

/** What the picker reads from a model; an `ImageModel` from the client fits. */
export type PickerModel = Pick<ImageModel, "id" | "name"> &
  Partial<Pick<ImageModel, "owned_by" | "description" | "capabilities" | "architecture">>;

/** Which models to show: every model, those that generate from text, or those that take reference images. */
export type CapabilityFilter = "all" | "text-to-image" | "image-to-image";

/** The picker's filters: a search text and a capability. */
export interface ModelPickerFilters {
  query?: string;
  capability?: CapabilityFilter;
}

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
  /** Accessible name of the list; default "Models". */
  label?: string;
  disabled?: boolean;
  className?: string;
}

const capabilityLabels: Record<CapabilityFilter, string> = {
  all: "All",
  "text-to-image": "Text to image",
  "image-to-image": "Image to image",
};

// A model takes images when its capabilities say so, or (OpenRouter records carry no capabilities) its inputs do.
function takesImages(model: PickerModel): boolean {
  return model.capabilities?.image_to_image ?? model.architecture?.input_modalities?.includes("image") ?? false;
}

function generatesFromText(model: PickerModel): boolean {
  return model.capabilities?.image_generation ?? model.architecture?.input_modalities?.includes("text") ?? true;
}

const capabilityTests: Record<CapabilityFilter, (model: PickerModel) => boolean> = {
  all: () => true,
  "text-to-image": generatesFromText,
  "image-to-image": takesImages,
};

/**
 * Filter models by a search text (every word must appear in the name, id or owner; case-insensitive) and a
 * capability.
 *
 * @example
 * ```ts
 * filterModels(models, { query: "flux pro", capability: "image-to-image" });
 * ```
 */
export function filterModels<M extends PickerModel>(models: readonly M[], filters: ModelPickerFilters = {}): M[] {
  const words = (filters.query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const test = capabilityTests[filters.capability ?? "all"];
  return models.filter((model) => {
    if (!test(model)) return false;
    if (words.length === 0) return true;
    const haystack = `${model.name} ${model.id} ${model.owned_by ?? ""}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * An accessible model picker: a labelled search box, a capability filter (native radio group) and a listbox
 * navigated with the arrow keys, Home/End, and chosen with Enter, Space or a click. Names render as text.
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
  label = "Models",
  disabled,
  className,
}: ModelPickerProps) {
  const id = useId();
  const [query, setQuery] = useState(filters?.query ?? "");
  const [capability, setCapability] = useState<CapabilityFilter>(filters?.capability ?? "all");
  // Filtering 200+ models is cheap, but deferring keeps typing responsive on slow devices.
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(
    () => filterModels(models, { query: deferredQuery, capability }),
    [models, deferredQuery, capability],
  );
  const [activeId, setActiveId] = useState<string | undefined>(value);
  const listRef = useRef<HTMLDivElement>(null);

  const activeIndex = Math.max(
    0,
    visible.findIndex((model) => model.id === activeId),
  );
  const active = visible[activeIndex];
  const optionId = (index: number) => `${id}-option-${index}`;

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
    // Options are already rendered; keep the active one visible inside the scrolling list.
    listRef.current?.children[clamped]?.scrollIntoView?.({ block: "nearest" });
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
    if (target !== undefined) moveTo(target);
    else if (event.key === "Enter" || event.key === " ") choose(active);
    else return;
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
  return (
    <div data-mf-root="" data-mf-slot="model-picker" data-disabled={disabled ? "" : undefined} className={className}>
      <div data-mf-slot="model-picker-search">
        <label data-mf-slot="label" htmlFor={searchId}>
          Search models
        </label>
        <input
          id={searchId}
          type="search"
          data-mf-slot="input"
          value={query}
          placeholder="Name, id or owner"
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
        <legend data-mf-slot="label">Capability</legend>
        {(Object.keys(capabilityLabels) as CapabilityFilter[]).map((key) => (
          <label key={key} data-mf-slot="radio" data-state={capability === key ? "checked" : "unchecked"}>
            <input
              type="radio"
              name={`${id}-capability`}
              value={key}
              checked={capability === key}
              onChange={() => updateFilters({ query, capability: key })}
            />
            {capabilityLabels[key]}
          </label>
        ))}
      </fieldset>
      <p data-mf-slot="model-picker-status" id={statusId} aria-live="polite">
        {visible.length === models.length
          ? `${models.length} models`
          : `${visible.length} of ${models.length} models match`}
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
          onKeyDown={onListKeyDown}
        >
          {visible.map((model, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keyboard (aria-activedescendant).
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant.
            <div
              key={model.id}
              id={optionId(index)}
              role="option"
              aria-selected={model.id === value}
              data-mf-slot="model-picker-option"
              data-model-id={model.id}
              data-active={index === activeIndex ? "" : undefined}
              data-state={model.id === value ? "checked" : "unchecked"}
              onClick={() => choose(model)}
            >
              <span data-mf-slot="model-name">{model.name}</span>
              <span data-mf-slot="model-meta">
                {model.id}
                {model.owned_by ? ` · ${model.owned_by}` : ""}
                {takesImages(model) ? " · image input" : ""}
              </span>
            </div>
          ))}
        </div>
      ) : (
        <p data-mf-slot="model-picker-empty">No model matches these filters.</p>
      )}
    </div>
  );
}
