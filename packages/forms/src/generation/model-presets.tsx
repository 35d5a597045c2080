import { type FormEvent, useId, useState, useSyncExternalStore } from "react";
import type { ValueChange } from "../core/migrate-values";
import { useModelFormContext } from "../form/model-form-context";
import { usePartMessages } from "../form/model-form-messages";
import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import { applyValues } from "./apply-values";
import type { Preset, PresetStore } from "./create-preset-store";

/** Texts of {@link ModelPresets}. */
export interface ModelPresetsMessages {
  label: string;
  preset: string;
  none: string;
  apply: string;
  remove: string;
  name: string;
  save: string;
  saved(name: string): string;
  applied(name: string, changes: number): string;
  removed(name: string): string;
}

/** The English texts of {@link ModelPresets}. */
export const defaultModelPresetsMessages: ModelPresetsMessages = {
  label: "Presets",
  preset: "Preset",
  none: "No presets for this model",
  apply: "Apply",
  remove: "Delete",
  name: "Preset name",
  save: "Save preset",
  saved: (name) => `Saved “${name}”.`,
  applied: (name, changes) =>
    changes ? `Applied “${name}” (${changes} adjusted to fit the model).` : `Applied “${name}”.`,
  removed: (name) => `Deleted “${name}”.`,
};

/** The parts of {@link ModelPresets}, each marked `data-mf-slot`. */
export type ModelPresetsSlot =
  | "presets"
  | "presets-label"
  | "presets-choose"
  | "presets-select"
  | "presets-empty"
  | "presets-apply"
  | "presets-remove"
  | "presets-new"
  | "presets-name"
  | "presets-save"
  | "presets-status";

/** Props of {@link ModelPresets}. */
export interface ModelPresetsProps {
  store: PresetStore;
  /** After a preset was applied, with what had to change to fit the model's current schema. */
  onApply?(preset: Preset, changes: ValueChange[]): void;
  messages?: Partial<ModelPresetsMessages>;
  className?: string;
  classNames?: SlotClassNames<ModelPresetsSlot>;
}

/**
 * Named presets of the surrounding `<ModelParameterForm>`'s model: apply one (its values migrated onto the
 * model's current schema), delete it, or save the current values under a name (the same name replaces).
 *
 * @example
 * ```tsx
 * const presets = useMemo(() => createPresetStore(), []);
 * <ModelParameterForm modelId="acme/pixel-v3"><ModelPresets store={presets} /></ModelParameterForm>
 * ```
 */
export function ModelPresets({ store, onApply, className, classNames, ...props }: ModelPresetsProps) {
  const modelForm = useModelFormContext();
  // Own prop over an enclosing ModelFormMessagesProvider's `presets` part over English.
  const messages = usePartMessages("presets", defaultModelPresetsMessages, props.messages);
  if (!modelForm) throw new Error("ModelPresets must be rendered inside a <ModelParameterForm>.");
  const modelId = modelForm.compiled.modelId ?? "";
  useSyncExternalStore(store.subscribe, store.getVersion, store.getVersion);
  const presets = store.list(modelId);
  const [chosen, setChosen] = useState("");
  const [name, setName] = useState("");
  const [status, setStatus] = useState("");
  const id = useId();
  const slot = (part: ModelPresetsSlot, extra?: string) => slotClass(classNames, part, extra);
  const selected = presets.find((preset) => preset.name === chosen) ?? presets[0];

  const apply = () => {
    if (!selected) return;
    const { changes } = applyValues(modelForm, selected.values);
    setStatus(messages.applied(selected.name, changes.length));
    onApply?.(selected, changes);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || !modelId) return;
    store.save(modelId, trimmed, modelForm.getValues());
    setChosen(trimmed);
    setName("");
    setStatus(messages.saved(trimmed));
  };

  return (
    // Not a <form>: it sits inside the generation form, and forms cannot nest.
    <fieldset data-mf-root="" data-mf-slot="presets" className={slot("presets", className)}>
      <legend data-mf-slot="presets-label" className={slot("presets-label")}>
        {messages.label}
      </legend>
      <span data-mf-slot="presets-choose" className={slot("presets-choose")}>
        {presets.length ? (
          <>
            <label data-mf-slot="sr-only" htmlFor={`${id}-select`}>
              {messages.preset}
            </label>
            <select
              id={`${id}-select`}
              data-mf-slot="presets-select"
              className={slot("presets-select")}
              value={selected?.name}
              onChange={(event) => setChosen(event.target.value)}
            >
              {presets.map((preset) => (
                <option key={preset.name} value={preset.name}>
                  {preset.name}
                </option>
              ))}
            </select>
            <button type="button" data-mf-slot="presets-apply" className={slot("presets-apply")} onClick={apply}>
              {messages.apply}
            </button>
            <button
              type="button"
              data-mf-slot="presets-remove"
              className={slot("presets-remove")}
              onClick={() => {
                if (!selected) return;
                store.remove(modelId, selected.name);
                setStatus(messages.removed(selected.name));
              }}
            >
              {messages.remove}
            </button>
          </>
        ) : (
          <span data-mf-slot="presets-empty" className={slot("presets-empty")}>
            {messages.none}
          </span>
        )}
      </span>
      <span data-mf-slot="presets-new" className={slot("presets-new")}>
        <label data-mf-slot="sr-only" htmlFor={`${id}-name`}>
          {messages.name}
        </label>
        <input
          id={`${id}-name`}
          data-mf-slot="presets-name"
          className={slot("presets-name")}
          placeholder={messages.name}
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            // Enter saves the preset instead of submitting the surrounding generation form.
            if (event.key === "Enter") save(event);
          }}
        />
        <button type="button" data-mf-slot="presets-save" className={slot("presets-save")} onClick={save}>
          {messages.save}
        </button>
      </span>
      <span data-mf-slot="presets-status" role="status" className={slot("presets-status")}>
        {status}
      </span>
    </fieldset>
  );
}
