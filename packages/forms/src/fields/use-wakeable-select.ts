import type * as RadixSelect from "@radix-ui/react-select";
import { type RefObject, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { lazyModule, useLazyModule } from "./lazy-widget";

// Radix Select (with its popper, focus scope, scroll lock: about a quarter of the form's import) is a chunk of its
// own, fetched when the first select mounts.
const radixSelect = lazyModule(() => import("@radix-ui/react-select"));

/**
 * Fetches Radix Select ahead of the first select; selects mounted after it arrives render Radix's at once.
 *
 * @example
 * ```ts
 * await preloadRadixSelect();
 * ```
 */
export function preloadRadixSelect(): Promise<void> {
  return radixSelect.preload();
}

const never = () => () => {};
const notHydrating = () => false;
const hydrating = () => true;

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
 * Radix Select for a field, on demand. A select mounted once the chunk is in (outside hydration) is Radix's from the
 * start; one mounted before shows `ClosedSelectTrigger` and turns into Radix's only when the user presses it or an
 * open key (never on its own, so nothing changes under a pointer or a test), keeping the keyboard focus.
 *
 * @example
 * ```ts
 * const { Select, open, setOpen, wake } = useWakeableSelect(triggerElement);
 * ```
 */
export function useWakeableSelect(trigger: RefObject<HTMLButtonElement | null>): WakeableSelect {
  const loaded = useLazyModule(radixSelect);
  const duringHydration = useSyncExternalStore(never, notHydrating, hydrating);
  // Decided at mount: the server HTML (and so hydration) always has the plain trigger.
  const [awake, setAwake] = useState(() => !duringHydration && radixSelect.current() !== undefined);
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
