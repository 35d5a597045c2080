import type * as z from "zod";
import { closestIds } from "./closest-ids";
import {
  httpError,
  ImageApiError,
  ImageApiNetworkError,
  ImageApiNotFoundError,
  ImageApiResponseError,
  ImageApiTimeoutError,
  isImageApiHttpError,
  isImageApiNetworkError,
} from "./errors";
import type { ImageGenerationRequest, ImageGenerationResult } from "./image-generation";
import type { ImageModel } from "./image-model";
import type { ModelEndpoint, ModelEndpoints } from "./model-endpoints";
import { applyInputReferenceConstraints, isRecord, normalizeParameters } from "./normalize-parameters";
import { catalogSchema, endpointSchema, endpointsSchema, generationSchema, modelSchema } from "./wire-schemas";

/** Options of {@link createImageClient}. */
export interface ImageClientOptions {
  /**
   * API base. A path ending in `/v1` (OpenRouter: `https://openrouter.ai/api/v1`) is the API root itself; any other
   * base (NanoGPT: `https://nano-gpt.com`) gets `/api/v1` appended. Routes are `{root}/images/models` and `{root}/images`.
   */
  baseUrl?: string;
  /** Sent as `Authorization: Bearer <key>`, only to the base URL's origin, never in a URL or an error. */
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
   * Follows the model's `endpoints` URL (resolved against the base URL; built as `{root}/images/models/{id}/endpoints`
   * when absent). A URL on another origin is refused (`code: "cross_origin_url"`) before any request.
   */
  getModelEndpoints(idOrModel: string | ImageModel, options?: RequestOptions): Promise<ModelEndpoints>;
  /** `POST {root}/images`. Never retried. */
  generateImages(request: ImageGenerationRequest, options?: RequestOptions): Promise<ImageGenerationResult>;
  /** Drops the cached catalog; the next `listModels` fetches again. */
  invalidate(): void;
  /** Warnings of the last catalog parse (also sent to `onWarning`). */
  readonly warnings: readonly ClientWarning[];
}

const RETRY = [408, 429, 500, 502, 503, 504];

/** Resolves after `ms`, or rejects with `signal.reason` as soon as it aborts. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/**
 * Creates a client for NanoGPT's Image API (or OpenRouter's sibling API).
 *
 * Redirects are followed by hand (at most 3) and only within the base URL's origin; a redirect elsewhere (another
 * port included) fails with `code: "redirect_refused"` and nothing is sent there. In browsers a redirect is opaque,
 * so it always fails that way.
 *
 * @example
 * ```ts
 * const client = createImageClient({ apiKey: process.env.NANOGPT_API_KEY });
 * const model = await client.getModel("acme/pixel-v3");
 * const { data } = await client.generateImages({ model: model.id, prompt: "a lighthouse at dusk" });
 * ```
 */
export function createImageClient(options: ImageClientOptions = {}): ImageClient {
  const {
    apiKey,
    retries = 2,
    cacheTtlMs = 300_000,
    retryDelayMs = 250,
    maxRetryDelayMs = 10_000,
    onWarning,
    now = Date.now,
  } = options;
  const base = new URL(options.baseUrl ?? "https://nano-gpt.com");
  const origin = base.origin;
  const path = base.pathname.replace(/\/+$/, "");
  const root = origin + path + (/\/v1$/.test(path) ? "" : "/api/v1");
  const listUrl = `${root}/images/models`;
  let warnings: ClientWarning[] = [];
  let cache: { at: number; models: ImageModel[] } | undefined;
  let shared: { promise: Promise<ImageModel[]>; waiters: number; controller: AbortController } | undefined;

  const warn = (w: ClientWarning, into: ClientWarning[]) => {
    into.push(w);
    onWarning?.(w);
  };

  function parse<S extends z.ZodType>(schema: S, data: unknown, method: string, url: string): z.output<S> {
    const r = schema.safeParse(data);
    if (r.success) return r.data;
    const i = r.error.issues[0];
    throw new ImageApiResponseError(`${method} ${url}: unexpected response (${i?.path.join(".")}: ${i?.message})`, {
      method,
      url,
      body: data,
    });
  }

  async function once(method: string, url: string, signal: AbortSignal | undefined, ms: number, payload?: unknown) {
    const timeout = AbortSignal.timeout(ms);
    const all = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let body = payload === undefined ? undefined : JSON.stringify(payload);
    for (let hops = 0; ; hops++) {
      const headers: Record<string, string> = { accept: "application/json", ...options.headers };
      if (body) headers["content-type"] = "application/json";
      if (apiKey) headers.authorization = `Bearer ${apiKey}`;
      let res: Response;
      let text: string;
      try {
        res = await (options.fetch ?? globalThis.fetch)(url, {
          method,
          headers,
          body,
          signal: all,
          redirect: "manual",
        });
        text = await res.text();
      } catch (cause) {
        if (signal?.aborted) throw signal.reason;
        const o = { method, url, cause };
        if (timeout.aborted)
          throw Object.assign(new ImageApiTimeoutError(`${method} ${url} timed out after ${ms} ms`, o), {
            timeoutMs: ms,
          });
        const reason = (cause as { cause?: { code?: string } })?.cause?.code ?? (cause as Error)?.message;
        throw new ImageApiNetworkError(`${method} ${url} failed: network error (${reason})`, o);
      }
      const { status } = res;
      if ((status > 300 && status < 400 && status !== 304) || res.type === "opaqueredirect") {
        const location = res.headers.get("location");
        let next: URL | undefined;
        try {
          next = new URL(location as string, url);
        } catch {}
        const why =
          next?.origin !== origin ? `to ${next?.origin ?? "an unreadable location"}` : hops > 2 ? "too often" : "";
        if (why)
          throw new ImageApiError(`${method} ${url} redirected ${why}; not followed`, {
            method,
            url,
            status,
            code: "redirect_refused",
          });
        if (status === 303 || (status < 303 && method === "POST")) [method, body] = ["GET", undefined];
        url = (next as URL).href;
        continue;
      }
      if (!res.ok) throw httpError(method, url, res, text);
      try {
        return JSON.parse(text) as unknown;
      } catch (cause) {
        throw new ImageApiResponseError(`${method} ${url}: response is not valid JSON`, {
          method,
          url,
          status,
          body: text.slice(0, 2000),
          cause,
        });
      }
    }
  }

  async function request(method: string, url: string, o: RequestOptions, payload?: unknown): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(method, url, o.signal, o.timeoutMs ?? options.timeoutMs ?? 30_000, payload);
      } catch (e) {
        const again = isImageApiNetworkError(e) || (isImageApiHttpError(e) && RETRY.includes(e.status));
        if (method !== "GET" || attempt >= retries || !again) throw e;
        const backoff = retryDelayMs * 2 ** attempt * (0.5 + Math.random() / 2);
        await sleep(
          Math.min(maxRetryDelayMs, isImageApiHttpError(e) ? (e.retryAfterMs ?? backoff) : backoff),
          o.signal,
        );
      }
    }
  }

  async function fetchCatalog(o: RequestOptions): Promise<ImageModel[]> {
    const { data } = parse(catalogSchema, await request("GET", listUrl, o), "GET", listUrl);
    const seen = new Set<string>();
    const models: ImageModel[] = [];
    const found: ClientWarning[] = [];
    for (const [index, record] of data.entries()) {
      const r = modelSchema.safeParse(record);
      const id = r.data?.id;
      if (!r.success || seen.has(id as string)) {
        const code = r.success ? "duplicate_model" : "invalid_model";
        warn({ code, index, modelId: id, message: `catalog entry ${index} skipped (${code})` }, found);
        continue;
      }
      seen.add(r.data.id);
      const { parameters, warnings: parameterWarnings } = normalizeParameters(r.data.supported_parameters);
      models.push({ ...r.data, name: r.data.name ?? r.data.id, parameters, parameterWarnings });
    }
    warnings = found;
    return models;
  }

  async function listModels({ signal, timeoutMs }: RequestOptions = {}): Promise<ImageModel[]> {
    if (cache && now() - cache.at < cacheTtlMs) return cache.models;
    signal?.throwIfAborted();
    if (!shared) {
      const controller = new AbortController();
      const mine = {
        controller,
        waiters: 0,
        promise: fetchCatalog({ signal: controller.signal, timeoutMs }).then((models) => {
          if (shared === mine) cache = { at: now(), models };
          return models;
        }),
      };
      shared = mine;
      const done = () => {
        if (shared === mine) shared = undefined;
      };
      mine.promise.then(done, done);
    }
    const s = shared;
    s.waiters++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        reject(signal?.reason);
        if (--s.waiters) return;
        if (shared === s) shared = undefined;
        s.controller.abort();
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      s.promise.then(resolve, reject).finally(() => signal?.removeEventListener("abort", onAbort));
    });
  }

  async function getModel(id: string, o?: RequestOptions): Promise<ImageModel> {
    const models = await listModels(o);
    const model = models.find((m) => m.id === id);
    if (model) return model;
    const suggestions = closestIds(
      id,
      models.map((m) => m.id),
    );
    const hint = suggestions.length ? `; did you mean ${suggestions.join(", ")}?` : "";
    const e = new ImageApiNotFoundError(`GET ${listUrl}: no model "${id}"${hint}`, {
      method: "GET",
      url: listUrl,
      code: "model_not_found",
    });
    throw Object.assign(e, { modelId: id, suggestions });
  }

  async function getModelEndpoints(idOrModel: string | ImageModel, o: RequestOptions = {}): Promise<ModelEndpoints> {
    const model = typeof idOrModel === "string" ? await getModel(idOrModel, o) : idOrModel;
    // Slashes of an id stay slashes; each segment is escaped on its own.
    const built = `${listUrl}/${model.id.split("/").map(encodeURIComponent).join("/")}/endpoints`;
    const href = model.endpoints ?? built;
    let url: URL | undefined;
    try {
      url = new URL(href, `${root}/`);
    } catch {}
    if (url?.origin !== origin)
      throw new ImageApiError(`GET ${url?.href ?? href} refused: not on ${origin}`, {
        method: "GET",
        url: url?.href ?? href,
        code: "cross_origin_url",
      });
    const record = parse(endpointsSchema, await request("GET", url.href, o), "GET", url.href);
    const endpoints: ModelEndpoint[] = [];
    for (const [index, raw] of record.endpoints.entries()) {
      const r = endpointSchema.safeParse(raw);
      if (!r.success) {
        warn({ code: "invalid_endpoint", index, modelId: model.id, message: `endpoint ${index} skipped` }, []);
        continue;
      }
      const n = applyInputReferenceConstraints(
        normalizeParameters(r.data.supported_parameters),
        r.data.input_reference_constraints,
      );
      endpoints.push({ ...r.data, parameters: n.parameters, parameterWarnings: n.warnings });
    }
    return { ...record, id: record.id ?? model.id, endpoints };
  }

  async function generateImages(
    request_: ImageGenerationRequest,
    o: RequestOptions = {},
  ): Promise<ImageGenerationResult> {
    const url = `${root}/images`;
    const { stream, provider } = request_;
    const code = stream
      ? "unsupported_stream"
      : isRecord(provider) && Object.keys(provider).length
        ? "unsupported_provider_options"
        : "";
    if (code)
      throw new ImageApiError(`POST ${url} refused: ${code}`, {
        method: "POST",
        url,
        code,
        parameter: stream ? "stream" : "provider",
      });
    const r = parse(generationSchema, await request("POST", url, o, request_), "POST", url);
    const data = r.data.filter((image, index) => {
      const ok = !!(image.url || image.b64_json);
      if (!ok) warn({ code: "invalid_image", index, message: `image ${index} has no url or b64_json` }, []);
      return ok;
    });
    return { ...r, data, cost: r.cost ?? r.usage?.cost };
  }

  return {
    listModels,
    getModel,
    getModelEndpoints,
    generateImages,
    invalidate() {
      cache = shared = undefined;
    },
    get warnings() {
      return warnings;
    },
  };
}
