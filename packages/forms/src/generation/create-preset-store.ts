import type { FormValues } from "../core/types";
import { readStoredValues } from "./create-values-persistence";
import { withoutInlineImages } from "./inline-images";
import { isRecord } from "./is-record";
import { browserStorage, readJson, type StorageAdapter, writeJson } from "./storage";

/**
 * A named set of values for one model.
 *
 * @example
 * ```ts
 * const preset: Preset = { name: "Square draft", values: { resolution: "1024x1024", quality: "low" }, savedAt: 0 };
 * ```
 */
export interface Preset {
  name: string;
  values: FormValues;
  savedAt: number;
}

/** Options of {@link createPresetStore}. */
export interface PresetStoreOptions {
  /** Default `localStorage` when there is one (looked up on first use), else memory. */
  storage?: StorageAdapter;
  /** Default `model-forms:presets`. */
  key?: string;
}

/**
 * Named presets per model, kept in a storage adapter (one versioned record for all models).
 *
 * @example
 * ```ts
 * const presets = createPresetStore();
 * presets.save("acme/pixel-v3", "Square draft", values);
 * presets.list("acme/pixel-v3"); // [{ name: "Square draft", values, savedAt }]
 * ```
 */
export interface PresetStore {
  list(modelId: string): readonly Preset[];
  /** Saves (or replaces, by name) a preset; base64 reference images are left out. */
  save(modelId: string, name: string, values: FormValues): Preset;
  remove(modelId: string, name: string): void;
  subscribe(listener: () => void): () => void;
  /** Changes whenever any preset changes (for `useSyncExternalStore`). */
  getVersion(): number;
}

type Presets = Record<string, readonly Preset[]>;
const VERSION = 1;
const EMPTY: readonly Preset[] = [];

function readPresets(raw: unknown): Presets {
  if (!isRecord(raw) || raw.v !== VERSION || !isRecord(raw.models)) return {};
  const models: Presets = {};
  for (const [modelId, list] of Object.entries(raw.models)) {
    if (!Array.isArray(list)) continue;
    const presets: Preset[] = [];
    for (const item of list) {
      const values = isRecord(item) ? readStoredValues(item.values) : undefined;
      if (!isRecord(item) || typeof item.name !== "string" || item.name === "" || !values) continue;
      presets.push({ name: item.name, values, savedAt: typeof item.savedAt === "number" ? item.savedAt : 0 });
    }
    if (presets.length) models[modelId] = presets;
  }
  return models;
}

/**
 * Creates a {@link PresetStore}. Reads storage lazily (safe during server rendering).
 *
 * @example
 * ```ts
 * const presets = createPresetStore({ storage: memoryStorage() });
 * ```
 */
export function createPresetStore(options: PresetStoreOptions = {}): PresetStore {
  const { key = "model-forms:presets" } = options;
  const listeners = new Set<() => void>();
  let presets: Presets | undefined;
  let version = 0;
  const storage = () => options.storage ?? browserStorage();
  const all = () => {
    presets ??= readPresets(readJson(storage(), key));
    return presets;
  };
  const commit = (next: Presets) => {
    presets = next;
    version++;
    writeJson(storage(), key, { v: VERSION, models: next });
    for (const listener of listeners) listener();
  };
  return {
    list: (modelId) => all()[modelId] ?? EMPTY,
    save(modelId, name, values) {
      const preset: Preset = { name, values: withoutInlineImages(values).value, savedAt: Date.now() };
      const current = all()[modelId] ?? EMPTY;
      const index = current.findIndex((p) => p.name === name);
      const list = index === -1 ? [...current, preset] : current.map((p, i) => (i === index ? preset : p));
      commit({ ...all(), [modelId]: list });
      return preset;
    },
    remove(modelId, name) {
      const list = (all()[modelId] ?? EMPTY).filter((p) => p.name !== name);
      const { [modelId]: _removed, ...rest } = all();
      commit(list.length ? { ...rest, [modelId]: list } : rest);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getVersion: () => version,
  };
}
