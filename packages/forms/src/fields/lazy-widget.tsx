import { type ComponentType, useSyncExternalStore } from "react";
import { FieldShell } from "./field-shell";
import type { FieldComponentProps } from "./types";

/** A component whose code is fetched from its own chunk when it first mounts, or earlier through `preload()`. */
export type LazyComponent<P> = ComponentType<P> & {
  /** Starts loading the code (once; again after a failure); resolves when the component renders at once. */
  preload(): Promise<void>;
};

/** Code fetched once, on first use or `preload()`, and read synchronously from then on. */
export interface LazyModule<T> {
  /** Starts loading (once; again after a failure); resolves when `current()` has it. */
  preload(): Promise<void>;
  /** The loaded value, or `undefined` while it is not in. */
  current(): T | undefined;
  /** Calls `onLoad` when the value arrives, and starts loading it. */
  subscribe(onLoad: () => void): () => void;
}

/**
 * A module loaded on demand: `lazyModule(() => import("…"))`. React reads it with {@link useLazyModule}.
 *
 * @example
 * ```ts
 * const radix = lazyModule(() => import("@radix-ui/react-select"));
 * await radix.preload();
 * radix.current()?.Root;
 * ```
 */
export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  const module = createLazyModule(load);
  everyModule.add(module);
  return module;
}

// Every on-demand module created, the library's and an app's own lazyWidget()s, for preloadLazyModules().
const everyModule = new Set<LazyModule<unknown>>();

/**
 * Fetches every module made with `lazyModule` / `lazyComponent` / `lazyWidget` so far (the library's and the app's).
 *
 * @example
 * ```ts
 * await preloadLazyModules();
 * ```
 */
export async function preloadLazyModules(): Promise<void> {
  await Promise.all([...everyModule].map((module) => module.preload()));
}

function createLazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let value: T | undefined;
  let pending: Promise<void> | undefined;
  const listeners = new Set<() => void>();
  const preload = () => {
    pending ??= load().then(
      (loaded) => {
        value = loaded;
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
  return {
    preload,
    current: () => value,
    subscribe(onLoad) {
      listeners.add(onLoad);
      preload().catch(() => {});
      return () => {
        listeners.delete(onLoad);
      };
    },
  };
}

const onServer = () => undefined;

/**
 * The module once it is in (`undefined` before, and always on the server and while hydrating, so server HTML
 * matches); mounting starts the load.
 *
 * @example
 * ```ts
 * const Select = useLazyModule(radixSelect);
 * ```
 */
export function useLazyModule<T>(module: LazyModule<T>): T | undefined {
  return useSyncExternalStore(module.subscribe, module.current, onServer);
}

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
  const module = lazyModule(load);
  const Fallback = fallback;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per lazy module, at module level, like React.lazy.
  function Lazy(props: P) {
    const Loaded = useLazyModule(module);
    if (Loaded === undefined) return Fallback ? <Fallback {...props} /> : null;
    return <Loaded {...props} />;
  }
  return Object.assign(Lazy, { preload: module.preload });
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
