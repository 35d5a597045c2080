/**
 * Where remembered values, presets and history are kept: the synchronous subset of the Web Storage API, so
 * `localStorage`, `sessionStorage` or any object with these three methods fits.
 *
 * @example
 * ```ts
 * const storage: StorageAdapter = window.sessionStorage;
 * ```
 */
export interface StorageAdapter {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A storage adapter held in memory (a `Map`): the default for history, and handy in tests.
 *
 * @example
 * ```ts
 * const storage = memoryStorage();
 * storage.setItem("k", "v");
 * storage.getItem("k"); // "v"
 * ```
 */
export function memoryStorage(): StorageAdapter & { readonly size: number } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    get size() {
      return items.size;
    },
  };
}

/**
 * `window.localStorage` when there is one and it works, else `undefined`: safe during server rendering, in
 * sandboxed iframes and with storage disabled (where merely reading `localStorage` throws).
 *
 * @example
 * ```ts
 * const storage = browserStorage() ?? memoryStorage();
 * ```
 */
export function browserStorage(): StorageAdapter | undefined {
  try {
    if (typeof window === "undefined") return undefined;
    const storage = window.localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads and parses one JSON item; a missing, unreadable or malformed item is `undefined`, never a throw. */
export function readJson(storage: StorageAdapter | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text == null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Writes one JSON item; returns false when the storage refused it (quota, disabled), which callers may ignore. */
export function writeJson(storage: StorageAdapter | undefined, key: string, value: unknown): boolean {
  try {
    storage?.setItem(key, JSON.stringify(value));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Removes one item, ignoring a storage that refuses. */
export function removeItem(storage: StorageAdapter | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {}
}
