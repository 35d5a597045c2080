import type * as RadixSelect from "@radix-ui/react-select";
import { type RefObject, useLayoutEffect, useRef, useState } from "react";
import { lazyModule, useLazyModule } from "./lazy-widget";

// Radix Select (with its popper, focus scope, scroll lock: about a quarter of the form's import) is a chunk of its
// own, fetched when the first select mounts.
const radixSelect = lazyModule(() => import("@radix-ui/react-select"));

/** What {@link useWakeableSelect} gives a select field. */
export interface WakeableSelect {
  /** Radix Select once the field uses it; `undefined` while the plain closed trigger stands in. */
  Select: typeof RadixSelect | undefined;
  open: boolean;
  setOpen(open: boolean): void;
  /** The user reached for the closed trigger: use Radix's from now on, opened when `open`. */
  wake(open: boolean): void;
}

/**
 * Radix Select for a field, on demand and on first use: a select shows `ClosedSelectTrigger` (the same button, parts
 * and attributes) and turns into Radix's when the user presses it or an open key — never on its own, so nothing
 * changes under a pointer or a test — keeping the keyboard focus. A closed select so costs one button at mount, not
 * Radix's providers, popper anchor and hidden native select; and the code comes with the first select on screen.
 *
 * @example
 * ```ts
 * const { Select, open, setOpen, wake } = useWakeableSelect(triggerElement);
 * ```
 */
export function useWakeableSelect(trigger: RefObject<HTMLButtonElement | null>): WakeableSelect {
  const loaded = useLazyModule(radixSelect);
  const [awake, setAwake] = useState(false);
  const [open, setOpen] = useState(false);
  const refocus = useRef(false);
  const Select = awake ? loaded : undefined;
  const wake = (openNow: boolean) => {
    const element = trigger.current;
    refocus.current = element !== null && element === element.ownerDocument.activeElement;
    setAwake(true);
    if (openNow) setOpen(true);
  };
  // Swapping the plain button for Radix's must not drop the keyboard focus (an open list takes it itself).
  useLayoutEffect(() => {
    if (!Select || !refocus.current) return;
    refocus.current = false;
    if (!open) trigger.current?.focus();
  }, [Select, open, trigger]);
  return { Select, open, setOpen, wake };
}
