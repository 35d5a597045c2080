import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ValueChange } from "../core/migrate-values";
import { fromFormValues } from "../form/field-paths";
import { useModelFormContext } from "../form/model-form-context";
import { applyValues } from "./apply-values";
import { createValuesPersistence, type RememberedValues, type ValuesPersistence } from "./create-values-persistence";

/** Props of {@link RememberValues}. */
export interface RememberValuesProps {
  /** Where values are kept. Default `createValuesPersistence()` (localStorage). */
  persistence?: ValuesPersistence;
  /** Restore the remembered values when mounted. Default true. */
  restore?: boolean;
  /** Writes wait this long after the last change. Default 300 ms. */
  delayMs?: number;
  /** After restoring: what was remembered, and what had to change to fit the model's current schema. */
  onRestore?(restored: { remembered: RememberedValues; changes: ValueChange[] }): void;
}

/**
 * Remembers the values of the surrounding `<ModelParameterForm>` (opt-in persistence): restores them when it
 * mounts, validated against the model's current schema and migrated onto it (so a value the model no longer
 * accepts falls back to its default instead of breaking the form), and saves them after each change. Renders
 * nothing; safe during server rendering (it only reads storage in the browser, after mount).
 *
 * @example
 * ```tsx
 * <ModelParameterForm modelId="acme/pixel-v3" onSubmit={send}>
 *   <RememberValues />
 * </ModelParameterForm>
 * ```
 */
export function RememberValues(props: RememberValuesProps) {
  const modelForm = useModelFormContext();
  if (!modelForm) throw new Error("RememberValues must be rendered inside a <ModelParameterForm>.");
  const [persistence] = useState(() => props.persistence ?? createValuesPersistence());
  const latest = useRef(props);
  latest.current = props;
  const restored = useRef(false);

  // Before paint, so the remembered values replace the defaults without a flash.
  useLayoutEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (latest.current.restore === false) return;
    const remembered = persistence.load();
    if (!remembered) return;
    const { changes } = applyValues(modelForm, remembered.values);
    latest.current.onRestore?.({ remembered, changes });
  }, [modelForm, persistence]);

  const { form, compiled } = modelForm;
  useEffect(() => {
    const modelId = compiled.modelId;
    if (!modelId) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      persistence.save(modelId, fromFormValues(form.getValues()));
    };
    // Now too: after a model switch, the migrated values belong to the new model.
    save();
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        clearTimeout(timer);
        timer = setTimeout(save, latest.current.delayMs ?? 300);
      },
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
    };
  }, [form, compiled, persistence]);
  return null;
}
