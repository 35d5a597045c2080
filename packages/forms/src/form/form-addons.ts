import { createContext, useContext, useSyncExternalStore } from "react";
import type { ImageRequest } from "../core/types";
import type { OptionNotes } from "./option-notes";

/**
 * A value one component sets and a few others subscribe to, so the form root never re-renders for it.
 *
 * @example
 * ```ts
 * const note = new Slot<string | undefined>(undefined);
 * note.set("$0.09");
 * ```
 */
export class Slot<T> {
  private listeners = new Set<() => void>();
  constructor(private value: T) {}
  get = (): T => this.value;
  set = (next: T): void => {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const listener of this.listeners) listener();
  };
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/**
 * What parts rendered inside `<ModelParameterForm>` (such as `PriceEstimate`) can plug into the form without the
 * form importing them: option notes for the fields, a note on the submit button, and checks before submit.
 *
 * @example
 * ```tsx
 * const addons = useFormAddons();
 * useEffect(() => addons?.addSubmitGuard((request) => request.n !== 8), [addons]);
 * ```
 */
export interface FormAddons {
  /** Notes beside enum options (e.g. their price); the form's fields read them through `OptionNotesContext`. */
  optionNotes: Slot<OptionNotes | undefined>;
  /** Extra text of the submit button (e.g. the cost); shown when the form's `showCost` allows it. */
  submitNote: Slot<string | undefined>;
  /**
   * Adds a check run on submit, after the fields validated; returning `false` blocks the submit (the guard shows
   * and focuses why). Returns its remover.
   */
  addSubmitGuard(guard: (request: ImageRequest) => boolean): () => void;
  /** Runs every guard; `false` when one blocked. */
  allowSubmit(request: ImageRequest): boolean;
}

/** @internal A fresh set of add-on slots, one per form. */
export function createFormAddons(): FormAddons {
  const guards = new Set<(request: ImageRequest) => boolean>();
  return {
    optionNotes: new Slot<OptionNotes | undefined>(undefined),
    submitNote: new Slot<string | undefined>(undefined),
    addSubmitGuard(guard) {
      guards.add(guard);
      return () => guards.delete(guard);
    },
    allowSubmit: (request) => [...guards].every((guard) => guard(request)),
  };
}

/** The add-ons of the surrounding `<ModelParameterForm>`; `null` outside one. */
export const FormAddonsContext = createContext<FormAddons | null>(null);

/**
 * The add-ons of the surrounding `<ModelParameterForm>`, or `null` outside one.
 *
 * @example
 * ```ts
 * const addons = useFormAddons();
 * addons?.submitNote.set("$0.09");
 * ```
 */
export function useFormAddons(): FormAddons | null {
  return useContext(FormAddonsContext);
}

/**
 * Subscribes to one slot.
 *
 * @example
 * ```ts
 * const note = useSlot(addons.submitNote);
 * ```
 */
export function useSlot<T>(slot: Slot<T>): T {
  return useSyncExternalStore(slot.subscribe, slot.get, slot.get);
}
