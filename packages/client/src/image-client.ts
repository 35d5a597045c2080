import type { ImageApiNotFoundError } from "./errors";
import type { ImageGenerationRequest, ImageGenerationResult } from "./image-generation";
import type { ImageModel } from "./image-model";
import type { ModelEndpoints } from "./model-endpoints";

/** Options of {@link createImageClient}. */
export interface ImageClientOptions {
  /**
   * API base. A path ending in `/v1` (OpenRouter: `https://openrouter.ai/api/v1`) is the API root itself; any other
   * base (NanoGPT: `https://nano-gpt.com`) gets `/api/v1` appended. Routes are `{root}/images/models` and `{root}/images`.
   */
  baseUrl?: string;
  /**
   * Sent as `Authorization: Bearer <key>`, only to the image routes under the API root on the base URL's origin
   * (`{root}/images…`), never in a URL or an error.
   */
  apiKey?: string;
  /** Defaults to the global `fetch`, looked up at call time. */
  fetch?: typeof fetch;
  /** Per attempt, headers and body included. Default 30 000. */
  timeoutMs?: number;
  /** Retries of GETs on 408/429/500/502/503/504 and network errors. Default 2. POST is never retried. */
  retries?: number;
  headers?: Record<string, string>;
  /** How long `listModels` reuses the catalog. Default 5 minutes. */
  cacheTtlMs?: number;
  /** Base backoff, doubled per attempt with jitter. Default 250. */
  retryDelayMs?: number;
  /** Cap of any wait between attempts, `Retry-After` included. Default 10 000. */
  maxRetryDelayMs?: number;
  /** Called for each catalog/endpoint record the client had to skip. */
  onWarning?: (warning: ClientWarning) => void;
  /** Clock for the cache TTL (tests). Default `Date.now`. */
  now?: () => number;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborting rejects this call with `signal.reason` (like `fetch`). */
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * `listModels` / `getModel`: reuse the cached catalog only when it is younger than this (default `cacheTtlMs`).
   * `0` always fetches (sharing a request already in flight), for an app whose own cache (TanStack Query) decides.
   */
  maxAgeMs?: number;
}

/** A record the client skipped (`invalid_model`, `duplicate_model`, `invalid_endpoint`, `invalid_image`). */
export interface ClientWarning {
  code: string;
  message: string;
  modelId?: string;
  index?: number;
}

/** The object returned by {@link createImageClient}. */
export interface ImageClient {
  /**
   * The catalog as `ImageModel[]` (records without a string id skipped, duplicate ids keep the first). Cached for
   * `cacheTtlMs`; concurrent calls share one request. The shared request is aborted only when every waiting caller
   * aborted; each caller's own abort rejects only its own promise. The shared request uses the first caller's
   * `timeoutMs`. The array is shared between callers: do not mutate it.
   */
  listModels(options?: RequestOptions): Promise<ImageModel[]>;
  /** One model from the (cached) catalog; {@link ImageApiNotFoundError} with close ids when absent. */
  getModel(id: string, options?: RequestOptions): Promise<ImageModel>;
  /**
   * Follows the model's `endpoints` URL (resolved against the API root; built as `{root}/images/models/{id}/endpoints`
   * when absent). Refused before any request: a URL on another origin (`code: "cross_origin_url"`); a `blob:` or
   * `data:` URL, credentials in the URL, a path outside `{root}/images/models/` once `.`/`..` segments (and their
   * percent-encoded spellings) are resolved, an encoded dot, slash or backslash left in the path, or a model id with
   * `.`/`..` segments (`code: "unsafe_url"`).
   */
  getModelEndpoints(idOrModel: string | ImageModel, options?: RequestOptions): Promise<ModelEndpoints>;
  /** `POST {root}/images`. Never retried. */
  generateImages(request: ImageGenerationRequest, options?: RequestOptions): Promise<ImageGenerationResult>;
  /** Drops the cached catalog; the next `listModels` fetches again. */
  invalidate(): void;
  /** Warnings of the last catalog parse (also sent to `onWarning`). */
  readonly warnings: readonly ClientWarning[];
  /** The API root the routes hang off, e.g. `https://nano-gpt.com/api/v1` (part of query keys). */
  readonly apiRoot: string;
}
