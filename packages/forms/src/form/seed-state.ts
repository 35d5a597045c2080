import { useCallback, useSyncExternalStore } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { nextSeed, type SeedMode, seedBounds, seedToSend } from "../core/seed/seed";
import type { CompiledForm, FormField, ImageRequest } from "../core/types";
import { fieldPath } from "./field-paths";

/**
 * A seed field's state beside its value: the mode and the last seed a generate sent (or the provider reported).
 *
 * @example
 * ```ts
 * const state: SeedState = { mode: "fixed", last: 42 };
 * ```
 */
export interface SeedState {
  mode: SeedMode;
  /** The seed of the last generate, when known. */
  last?: number;
}

interface Entry {
  state: SeedState;
  listeners: Set<() => void>;
}

/** Seed states per form (keyed by its react-hook-form `control`) and field name; dropped with the form. */
const forms = new WeakMap<object, Map<string, Entry>>();

function entryOf(control: object, name: string, value: unknown): Entry {
  let fields = forms.get(control);
  if (!fields) {
    fields = new Map();
    forms.set(control, fields);
  }
  let entry = fields.get(name);
  if (!entry) {
    // A seed that starts set is a fixed seed; an unset one is drawn fresh each time.
    entry = { state: { mode: typeof value === "number" ? "fixed" : "random" }, listeners: new Set() };
    fields.set(name, entry);
  }
  return entry;
}

function update(entry: Entry, patch: Partial<SeedState>): void {
  entry.state = { ...entry.state, ...patch };
  for (const listener of entry.listeners) listener();
}

/** The form (`useModelParameterForm()` or `useModelFormContext()`) the seed helpers work on. */
export interface SeedForm {
  form: Pick<UseFormReturn<FieldValues>, "control" | "getValues" | "setValue">;
  compiled: Pick<CompiledForm, "fields">;
}

function seedFields(target: SeedForm): FormField[] {
  return target.compiled.fields.filter((field) => field.widget === "seed" && !field.fixed);
}

/**
 * Subscribes a seed control to its field's mode and last seed; re-renders only the caller on a change.
 *
 * @example
 * ```tsx
 * const [state, setMode] = useSeedState(form.control, "seed", value);
 * ```
 */
export function useSeedState(control: object, name: string, value: unknown): [SeedState, (mode: SeedMode) => void] {
  const entry = entryOf(control, name, value);
  const subscribe = useCallback(
    (listener: () => void) => {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    [entry],
  );
  const read = () => entry.state;
  const state = useSyncExternalStore(subscribe, read, read);
  const setMode = useCallback((mode: SeedMode) => update(entry, { mode }), [entry]);
  return [state, setMode];
}

/**
 * The seed fields' states of a form, by field name (for a generation loop, a history entry or a test).
 *
 * @example
 * ```ts
 * getSeedStates(modelForm); // { seed: { mode: "increment", last: 41 } }
 * ```
 */
export function getSeedStates(target: SeedForm): Record<string, SeedState> {
  const states: Record<string, SeedState> = {};
  for (const field of seedFields(target)) {
    states[field.name] = entryOf(target.form.control, field.name, target.form.getValues(fieldPath(field.name))).state;
  }
  return states;
}

/**
 * Sets a seed field's mode from outside its control (restoring a saved session, say).
 *
 * @example
 * ```ts
 * setSeedMode(modelForm, "seed", "increment");
 * ```
 */
export function setSeedMode(target: SeedForm, name: string, mode: SeedMode): void {
  update(entryOf(target.form.control, name, target.form.getValues(fieldPath(name))), { mode });
}

/**
 * Call before a generate: the request with each seed as its mode wants it. `random` leaves the seed out (the
 * provider draws) unless the field is required or `draw: true` (then a fresh seed is drawn and sent, so the result
 * can be reproduced); `fixed` and `increment` send the field's value (drawing one into the form when unset).
 *
 * @example
 * ```ts
 * const request = prepareSeeds(modelForm, modelForm.getRequest()!, { draw: true });
 * const result = await client.generateImages(request);
 * recordSeeds(modelForm, request);
 * ```
 */
export function prepareSeeds(
  target: SeedForm,
  request: ImageRequest,
  options: { draw?: boolean; random?: () => number } = {},
): ImageRequest {
  const prepared: ImageRequest = { ...request };
  for (const field of seedFields(target)) {
    const path = fieldPath(field.name);
    const value = target.form.getValues(path);
    const current = typeof value === "number" ? value : undefined;
    const { mode } = entryOf(target.form.control, field.name, value).state;
    const seed = seedToSend(mode, current, {
      bounds: seedBounds(field),
      required: field.constraints.required,
      draw: options.draw,
      random: options.random,
    });
    if (seed === undefined) delete prepared[field.name];
    else prepared[field.name] = seed;
    // A fixed or incrementing seed that had no value yet keeps the one drawn now.
    if (mode !== "random" && current === undefined && seed !== undefined) {
      target.form.setValue(path, seed, { shouldDirty: true });
    }
  }
  return prepared;
}

/**
 * Call after a generate with the request that was sent: shows each sent seed in its control ("Last seed sent"),
 * and moves the value on per mode (`increment` adds one; `fixed` and `random` stay). `seeds` passes seeds the
 * provider reported for fields the request left unset.
 *
 * @example
 * ```ts
 * recordSeeds(modelForm, request, { seeds: { seed: result.seed } });
 * ```
 */
export function recordSeeds(
  target: SeedForm,
  request: ImageRequest,
  options: { seeds?: Record<string, number | undefined> } = {},
): void {
  for (const field of seedFields(target)) {
    const sent = request[field.name];
    const seed = typeof sent === "number" ? sent : options.seeds?.[field.name];
    const path = fieldPath(field.name);
    const entry = entryOf(target.form.control, field.name, target.form.getValues(path));
    if (seed === undefined || !Number.isFinite(seed)) continue;
    update(entry, { last: seed });
    if (entry.state.mode === "increment") {
      target.form.setValue(path, nextSeed("increment", seed, seedBounds(field)), { shouldDirty: true });
    }
  }
}
