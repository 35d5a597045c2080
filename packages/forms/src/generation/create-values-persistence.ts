import { type MigratedValues, migrateValues } from "../core/migrate-values";
import type { CompiledForm, FieldValue, FormValues } from "../core/types";
import { withoutInlineImages } from "./inline-images";
import { isRecord } from "./is-record";
import { browserStorage, readJson, removeItem, type StorageAdapter, writeJson } from "./storage";

/**
 * The values remembered from the last visit, and the model they were for.
 *
 * @example
 * ```ts
 * const remembered: RememberedValues = { modelId: "acme/pixel-v3", values: { prompt: "a fox", n: 2 }, savedAt: 0 };
 * ```
 */
export interface RememberedValues {
  modelId: string;
  values: FormValues;
  savedAt: number;
}

/** Options of {@link createValuesPersistence}. */
export interface ValuesPersistenceOptions {
  /** Default `localStorage`, looked up on each call (so creating one during server rendering is safe). */
  storage?: StorageAdapter;
  /** Default `model-forms:values`. */
  key?: string;
  /** Also keep base64 reference images (they can fill a storage quota). Default false. */
  keepInlineImages?: boolean;
  /** Reads a record written by another version of this format; `undefined` drops it. */
  upgrade?(record: unknown): RememberedValues | undefined;
}

/**
 * Remembered form values: one versioned record (`{ v, modelId, values, savedAt }`). What `load()` returns is only
 * shape-checked: pass it through {@link restoreValues} to fit it to the model's current schema.
 *
 * @example
 * ```ts
 * const persistence = createValuesPersistence();
 * persistence.save("acme/pixel-v3", values);
 * const remembered = persistence.load(); // { modelId, values, savedAt } | undefined
 * ```
 */
export interface ValuesPersistence {
  load(): RememberedValues | undefined;
  save(modelId: string, values: FormValues): void;
  clear(): void;
}

/** The current format version of the stored record. */
export const VALUES_FORMAT_VERSION = 1;

const isFieldValue = (value: unknown): value is FieldValue =>
  value === undefined ||
  typeof value === "string" ||
  typeof value === "boolean" ||
  (typeof value === "number" && Number.isFinite(value)) ||
  Array.isArray(value);

/**
 * Shape-checks stored values: a record whose entries are form values (strings, finite numbers, booleans, lists);
 * other entries are left out. Whether each value fits a model is {@link restoreValues}'s job.
 *
 * @example
 * ```ts
 * readStoredValues({ prompt: "a fox", n: 2, bad: { x: 1 } }); // { prompt: "a fox", n: 2 }
 * ```
 */
export function readStoredValues(raw: unknown): FormValues | undefined {
  if (!isRecord(raw)) return undefined;
  const values: FormValues = {};
  for (const [name, value] of Object.entries(raw)) if (isFieldValue(value)) values[name] = value;
  return values;
}

/**
 * Fits remembered values to a model's current form with `migrateValues`: what still passes the schema is kept,
 * numbers out of range are clamped, values the model no longer accepts take its default, fields it no longer
 * has are dropped; every such change is listed. The prompt always survives.
 *
 * @example
 * ```ts
 * const { values, changes } = restoreValues(persistence.load()?.values ?? {}, compiled);
 * form.reset(values);
 * ```
 */
export function restoreValues(values: FormValues, compiled: CompiledForm): MigratedValues {
  return migrateValues(readStoredValues(values) ?? {}, compiled);
}

/**
 * Creates a {@link ValuesPersistence}: safe during server rendering (no storage means nothing is read or
 * written), and never throws on a full, disabled or corrupted storage.
 *
 * @example
 * ```ts
 * const persistence = createValuesPersistence({ storage: window.sessionStorage, key: "my-app:form" });
 * ```
 */
export function createValuesPersistence(options: ValuesPersistenceOptions = {}): ValuesPersistence {
  const { key = "model-forms:values", keepInlineImages = false } = options;
  const storage = () => options.storage ?? browserStorage();
  return {
    load() {
      const raw = readJson(storage(), key);
      if (raw === undefined) return undefined;
      const record = isRecord(raw) && raw.v === VALUES_FORMAT_VERSION ? raw : options.upgrade?.(raw);
      if (!isRecord(record) || typeof record.modelId !== "string" || record.modelId === "") return undefined;
      const values = readStoredValues(record.values);
      if (!values) return undefined;
      return { modelId: record.modelId, values, savedAt: typeof record.savedAt === "number" ? record.savedAt : 0 };
    },
    save(modelId, values) {
      const kept = keepInlineImages ? values : withoutInlineImages(values).value;
      writeJson(storage(), key, { v: VALUES_FORMAT_VERSION, modelId, values: kept, savedAt: Date.now() });
    },
    clear: () => removeItem(storage(), key),
  };
}
