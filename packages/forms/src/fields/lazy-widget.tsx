import { type ComponentType, useSyncExternalStore } from "react";
import { FieldShell } from "./field-shell";
import type { FieldComponentProps } from "./types";

/** A component whose code is fetched from its own chunk when it first mounts, or earlier through `preload()`. */
export type LazyComponent<P> = ComponentType<P> & {
  /** Starts loading the code (once; again after a failure); resolves when the component renders at once. */
  preload(): Promise<void>;
};

const onServer = () => false;

/**
 * `load` on first mount (or `preload()`), rendering `fallback` until the code is in, then the component. Once loaded
 * it renders synchronously everywhere. No Suspense: the swap is a plain store update, so it needs no awaited `act`
 * in tests, and server HTML (always the fallback) hydrates without a mismatch.
 *
 * @example
 * ```tsx
 * const List = lazyComponent(() => import("./searchable-select-list").then((m) => m.SearchableSelectList));
 * void List.preload(); // e.g. when the trigger mounts
 * ```
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback?: ComponentType<P>,
): LazyComponent<P> {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const preload = () => {
    pending ??= load().then(
      (component) => {
        Loaded = component;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A failed fetch (offline, a new deploy) is tried again by the next mount or preload.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const subscribe = (onLoad: () => void) => {
    listeners.add(onLoad);
    preload().catch(() => {});
    return () => {
      listeners.delete(onLoad);
    };
  };
  const isLoaded = () => Loaded !== undefined;
  const Fallback = fallback;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per lazy module, at module level, like React.lazy.
  function Lazy(props: P) {
    const loaded = useSyncExternalStore(subscribe, isLoaded, onServer);
    if (!loaded || Loaded === undefined) return Fallback ? <Fallback {...props} /> : null;
    return <Loaded {...props} />;
  }
  return Object.assign(Lazy, { preload });
}

/** Where a lazy widget stands while its code loads: its label, description and hint, and a busy, empty control. */
function LoadingField(props: FieldComponentProps) {
  return (
    <FieldShell {...props} state="loading" labelElement="span">
      {() => <div data-mf-slot="field-loading" aria-busy="true" className={props.classNames?.["field-loading"]} />}
    </FieldShell>
  );
}

/**
 * A field widget loaded from its own chunk when a form first shows it (e.g. the reference-image manager, which most
 * models never show); meanwhile the field's frame stands in (label, hint, a busy box). The form's value is kept in
 * the form's store either way. `preloadWidgets()` loads every such widget up front; use it for custom widgets too.
 *
 * @example
 * ```tsx
 * const ColorField = lazyWidget(() => import("./color-field").then((m) => m.ColorField));
 * <ModelParameterForm model={model} components={{ "color-picker": ColorField }} />
 * ```
 */
export function lazyWidget<P extends FieldComponentProps>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  return lazyComponent(load, LoadingField);
}
