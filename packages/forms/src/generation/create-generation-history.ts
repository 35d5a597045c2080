import type { GeneratedImage } from "@model-forms/client";
import type { FormValues, ImageRequest } from "../core/types";
import type { GenerationResult } from "./create-generation-controller";
import { withoutInlineImages } from "./inline-images";
import { isRecord } from "./is-record";
import { readJson, type StorageAdapter, writeJson } from "./storage";

/**
 * One past generation: enough to show it (thumbnails, cost) and to reuse it (values, request).
 *
 * @example
 * ```ts
 * const { modelId, values, request, images, cost } = entry;
 * ```
 */
export interface GenerationHistoryEntry {
  id: string;
  modelId: string;
  modelName?: string;
  values?: FormValues;
  request: ImageRequest;
  /** `url` images (short-lived) and, unless left out of storage, `b64_json` ones. */
  images: GeneratedImage[];
  cost?: number;
  remainingBalance?: number;
  /** When it was sent, epoch ms. */
  createdAt: number;
  durationMs?: number;
  /** How many inline (base64) images were left out of storage; their thumbnails are gone after a reload. */
  inlineImagesOmitted?: number;
}

/** Options of {@link createGenerationHistory}. */
export interface GenerationHistoryOptions {
  /** Keep entries across page loads (e.g. `browserStorage()`); memory only by default. */
  storage?: StorageAdapter;
  /** Storage key. Default `model-forms:history`. */
  key?: string;
  /** Entries kept, newest first. Default 50. */
  limit?: number;
  /** Also store base64 images (they can fill a storage quota quickly). Default false. */
  keepInlineImages?: boolean;
}

/**
 * The history of a session's generations, newest first, with an optional storage adapter.
 *
 * @example
 * ```ts
 * const history = createGenerationHistory({ storage: browserStorage() });
 * history.add(result);
 * history.remove(history.getEntries()[0].id);
 * ```
 */
export interface GenerationHistory {
  getEntries(): readonly GenerationHistoryEntry[];
  subscribe(listener: () => void): () => void;
  add(result: GenerationResult, details?: { modelName?: string }): GenerationHistoryEntry;
  remove(id: string): void;
  clear(): void;
}

const VERSION = 1;

/** A stored entry, checked field by field: anything malformed is dropped rather than trusted. */
function readEntry(raw: unknown): GenerationHistoryEntry | undefined {
  if (!isRecord(raw) || typeof raw.id !== "string" || typeof raw.modelId !== "string") return undefined;
  if (!isRecord(raw.request) || typeof raw.request.model !== "string" || typeof raw.createdAt !== "number")
    return undefined;
  const images = Array.isArray(raw.images) ? raw.images.filter(isRecord) : [];
  const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
  return {
    id: raw.id,
    modelId: raw.modelId,
    modelName: typeof raw.modelName === "string" ? raw.modelName : undefined,
    values: isRecord(raw.values) ? (raw.values as FormValues) : undefined,
    request: raw.request as ImageRequest,
    images: images as GeneratedImage[],
    cost: num(raw.cost),
    remainingBalance: num(raw.remainingBalance),
    createdAt: raw.createdAt,
    durationMs: num(raw.durationMs),
    inlineImagesOmitted: num(raw.inlineImagesOmitted),
  };
}

/** The entry as stored: without base64 images (in the result, the values and the request) unless asked. */
function storedEntry(entry: GenerationHistoryEntry, keepInlineImages: boolean): GenerationHistoryEntry {
  if (keepInlineImages) return entry;
  const values = entry.values ? withoutInlineImages(entry.values) : undefined;
  const request = withoutInlineImages(entry.request);
  const images = entry.images.map(({ b64_json, ...image }) => image);
  const omitted =
    (values?.omitted ?? 0) + request.omitted + entry.images.filter((image) => image.b64_json !== undefined).length;
  return {
    ...entry,
    values: values?.value,
    request: request.value,
    images,
    inlineImagesOmitted: omitted || undefined,
  };
}

/**
 * Creates a {@link GenerationHistory}. With `storage`, entries load from it at once (a malformed or other-version
 * record is ignored) and every change is written back; base64 images are not stored unless `keepInlineImages`.
 *
 * @example
 * ```ts
 * const history = createGenerationHistory(); // memory only
 * const stored = createGenerationHistory({ storage: browserStorage(), limit: 20 });
 * ```
 */
export function createGenerationHistory(options: GenerationHistoryOptions = {}): GenerationHistory {
  const { storage, key = "model-forms:history", limit = 50, keepInlineImages = false } = options;
  const listeners = new Set<() => void>();
  const stored = readJson(storage, key);
  let entries: readonly GenerationHistoryEntry[] =
    isRecord(stored) && stored.v === VERSION && Array.isArray(stored.entries)
      ? stored.entries
          .map(readEntry)
          .filter((entry): entry is GenerationHistoryEntry => entry !== undefined)
          .slice(0, limit)
      : [];

  const commit = (next: readonly GenerationHistoryEntry[]) => {
    entries = next;
    if (storage)
      writeJson(storage, key, { v: VERSION, entries: next.map((entry) => storedEntry(entry, keepInlineImages)) });
    for (const listener of listeners) listener();
  };

  return {
    getEntries: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(result, details = {}) {
      const entry: GenerationHistoryEntry = {
        id: result.id,
        modelId: String(result.request.model),
        modelName: details.modelName,
        values: result.values,
        request: result.request,
        images: result.images,
        cost: result.cost,
        remainingBalance: result.remainingBalance,
        createdAt: result.startedAt,
        durationMs: result.durationMs,
      };
      commit([entry, ...entries.filter((e) => e.id !== entry.id)].slice(0, limit));
      return entry;
    },
    remove: (id) => commit(entries.filter((entry) => entry.id !== id)),
    clear: () => commit([]),
  };
}
