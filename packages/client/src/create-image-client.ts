import type * as z from "zod/mini";
import { apiUrl } from "./api-url";
import { closestIds } from "./closest-ids";
import {
  httpError,
  ImageApiError,
  type ImageApiErrorOptions,
  ImageApiNetworkError,
  ImageApiNotFoundError,
  ImageApiResponseError,
  ImageApiTimeoutError,
} from "./errors";
import type { ClientWarning, ImageClient, ImageClientOptions, RequestOptions } from "./image-client";
import type { ImageGenerationRequest, ImageGenerationResult } from "./image-generation";
import type { ImageModel } from "./image-model";
import { applyInputReferenceConstraints } from "./input-reference-constraints";
import { isRecord } from "./is-record";
import type { ModelEndpoint, ModelEndpoints } from "./model-endpoints";
import { normalizeParameters } from "./normalize-parameters";
import type { NormalizedParameters } from "./parameter-descriptor";
import { onAbort, sleep } from "./sleep";
import { catalogSchema, endpointSchema, endpointsSchema, generationSchema, modelSchema } from "./wire-schemas";

/** An error of class `C` whose message is `{method} {url}{what}`. */
const fail = <E>(
  C: new (message: string, options: ImageApiErrorOptions) => E,
  method: string,
  url: string,
  what: string,
  more?: Partial<ImageApiErrorOptions> & Record<string, unknown>,
) => new C(`${method} ${url}${what}`, { method, url, ...more });

/** `parameters` / `parameterWarnings` of a record from a normalizer result. */
const withParameters = <T>(record: T, n: NormalizedParameters) => ({
  ...record,
  parameters: n.parameters,
  parameterWarnings: n.warnings,
});

/**
 * Creates a client for NanoGPT's Image API (or OpenRouter's sibling API).
 *
 * Redirects are followed by hand (at most 3) and only to the image routes under the API root on the base URL's
 * origin (`{root}/images/…`); any other redirect (another port, or another path of the same origin) fails with
 * `code: "redirect_refused"` and nothing is sent there. In browsers a redirect is opaque,
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
  const imagesPath = new URL(`${root}/images`).pathname;
  let warnings: ClientWarning[] = [];
  let cache: { at: number; models: ImageModel[] } | undefined;
  let shared: { promise: Promise<ImageModel[]>; waiters: number; controller: AbortController } | undefined;

  const warn = (into: ClientWarning[], code: string, index: number, modelId?: string) => {
    const w = { code, index, modelId, message: `${code}: item ${index} skipped` };
    into.push(w);
    onWarning?.(w);
  };

  /**
   * One call: GET, or POST when there is a `payload` (never retried). Follows same-origin redirects, retries
   * retryable failures with backoff, then validates the JSON body with `schema`.
   */
  async function request<S extends z.ZodMiniType>(
    schema: S,
    url: string,
    { signal, timeoutMs: ms = options.timeoutMs ?? 30_000 }: RequestOptions,
    payload?: unknown,
  ): Promise<z.output<S>> {
    // A server may echo the credential back ("Invalid API key: Bearer sk-…"): nothing an error carries holds it.
    const scrub = (text: string) => (apiKey ? text.replaceAll(apiKey, "[redacted]") : text);
    let method = payload ? "POST" : "GET";
    let body = payload ? JSON.stringify(payload) : undefined;
    const left = payload ? 0 : retries;
    for (let attempt = 0, hops = 0; ; ) {
      const timeout = AbortSignal.timeout(ms);
      let error: ImageApiError & { status?: number; retryAfterMs?: number };
      let retry = false;
      try {
        const res = await (options.fetch ?? fetch)(url, {
          method,
          headers: {
            accept: "application/json",
            ...options.headers,
            ...(body && { "content-type": "application/json" }),
            ...(apiKey && { authorization: `Bearer ${apiKey}` }),
          },
          body,
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
          redirect: "manual",
        });
        const text = await res.text();
        const { status } = res;
        // Every 3xx is a redirect (the client never sends conditional requests); browsers make them opaque.
        if ((status > 299 && status < 400) || res.type === "opaqueredirect") {
          const location = res.headers.get("location");
          const next = location ? apiUrl(location, url, imagesPath, origin) : undefined;
          if (!next || typeof next === "string" || hops++ > 2)
            throw fail(ImageApiError, method, url, ` refused: redirect to ${location}`, {
              status,
              code: "redirect_refused",
            });
          if (status === 303 || (status < 303 && method === "POST")) [method, body] = ["GET", undefined];
          url = next.href;
          continue;
        }
        if (res.ok) {
          let data: unknown;
          try {
            data = JSON.parse(text);
          } catch {}
          const r = schema.safeParse(data);
          if (r.success) return r.data;
          const i = r.error.issues[0];
          throw fail(
            ImageApiResponseError,
            method,
            url,
            data === undefined
              ? ": response is not valid JSON"
              : `: unexpected response (${i?.path.join(".") || "body"}: ${i?.message})`,
            { status, body: JSON.parse(scrub(JSON.stringify(data ?? text.slice(0, 2000)))) },
          );
        }
        error = httpError(method, url, res, scrub(text));
        retry = [408, 429, 500, 502, 503, 504].includes(status);
      } catch (cause) {
        if (signal?.aborted) throw signal.reason;
        if (cause instanceof ImageApiError) throw cause;
        const reason = (cause as { cause?: { code?: string } })?.cause?.code ?? (cause as Error)?.message;
        retry = !timeout.aborted;
        error = timeout.aborted
          ? fail(ImageApiTimeoutError, method, url, ` timed out after ${ms} ms`, { cause, timeoutMs: ms })
          : fail(ImageApiNetworkError, method, url, ` failed: network error (${reason})`, { cause });
      }
      if (!retry || attempt >= left) throw error;
      const backoff = retryDelayMs * 2 ** attempt++ * (0.5 + Math.random() / 2);
      await sleep(Math.min(maxRetryDelayMs, error.retryAfterMs ?? backoff), signal);
    }
  }

  async function fetchCatalog(o: RequestOptions): Promise<ImageModel[]> {
    const { data } = await request(catalogSchema, listUrl, o);
    const seen = new Set<string>();
    const models: ImageModel[] = [];
    const found: ClientWarning[] = [];
    data.forEach((record, index) => {
      const r = modelSchema.safeParse(record);
      const id = r.data?.id as string;
      if (!r.success || seen.has(id)) warn(found, r.success ? "duplicate_model" : "invalid_model", index, id);
      else {
        seen.add(id);
        models.push(
          withParameters({ ...r.data, name: r.data.name ?? id }, normalizeParameters(r.data.supported_parameters)),
        );
      }
    });
    warnings = found;
    return models;
  }

  async function listModels({ signal, timeoutMs, maxAgeMs = cacheTtlMs }: RequestOptions = {}): Promise<ImageModel[]> {
    if (cache && now() - cache.at < Math.min(maxAgeMs, cacheTtlMs)) return cache.models;
    signal?.throwIfAborted();
    if (!shared) {
      const controller = new AbortController();
      const s = {
        controller,
        waiters: 0,
        promise: fetchCatalog({ signal: controller.signal, timeoutMs })
          .then((models) => {
            if (shared === s) cache = { at: now(), models };
            return models;
          })
          .finally(() => {
            if (shared === s) shared = undefined;
          }),
      };
      shared = s;
    }
    const s = shared;
    s.waiters++;
    return new Promise((resolve, reject) => {
      const off = onAbort(signal, () => {
        reject(signal?.reason);
        if (--s.waiters) return;
        if (shared === s) shared = undefined;
        s.controller.abort();
      });
      s.promise.then(resolve, reject).finally(off);
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
    throw fail(
      ImageApiNotFoundError,
      "GET",
      listUrl,
      `: no model ${id}${suggestions.length ? `; did you mean ${suggestions.join(", ")}?` : ""}`,
      {
        code: "model_not_found",
        modelId: id,
        suggestions,
      },
    );
  }

  async function getModelEndpoints(idOrModel: string | ImageModel, o: RequestOptions = {}): Promise<ModelEndpoints> {
    const refuse = (href: string, code: string, why: string) =>
      fail(ImageApiError, "GET", href, ` refused: ${why}`, { code });
    // An id with `.` or `..` segments would name another route once resolved: refused before any request.
    const unsafeId = (id: string) => id.split("/").some((segment) => segment === "." || segment === "..");
    if (typeof idOrModel === "string" && unsafeId(idOrModel))
      throw refuse(listUrl, "unsafe_url", `model id ${JSON.stringify(idOrModel)} has dot segments`);
    const model = typeof idOrModel === "string" ? await getModel(idOrModel, o) : idOrModel;
    if (model.endpoints === undefined && unsafeId(model.id))
      throw refuse(listUrl, "unsafe_url", `model id ${JSON.stringify(model.id)} has dot segments`);
    // Slashes of an id stay slashes; each segment is escaped on its own (an id with a lone surrogate cannot be).
    let href = model.endpoints;
    try {
      href ??= `${listUrl}/${model.id.split("/").map(encodeURIComponent).join("/")}/endpoints`;
    } catch {
      throw refuse(listUrl, "unsafe_url", `model id ${JSON.stringify(model.id)} is not valid text`);
    }
    // The key goes only to a model route under the API root: `{root}/images/models/…`.
    const url = apiUrl(href, `${root}/`, new URL(listUrl).pathname, origin);
    if (url === "cross_origin_url") throw refuse(href, url, "cross-origin");
    if (url === "unsafe_url") throw refuse(href, url, `not a model route under ${listUrl}/`);
    const record = await request(endpointsSchema, url.href, o);
    const endpoints: ModelEndpoint[] = [];
    record.endpoints.forEach((raw, index) => {
      const r = endpointSchema.safeParse(raw);
      if (r.success)
        endpoints.push(
          withParameters(
            r.data,
            applyInputReferenceConstraints(
              normalizeParameters(r.data.supported_parameters),
              r.data.input_reference_constraints,
            ),
          ),
        );
      else warn([], "invalid_endpoint", index, model.id);
    });
    return { ...record, id: record.id ?? model.id, endpoints };
  }

  async function generateImages(
    request_: ImageGenerationRequest,
    o: RequestOptions = {},
  ): Promise<ImageGenerationResult> {
    const url = `${root}/images`;
    const { stream, provider } = request_;
    const parameter = stream ? "stream" : isRecord(provider) && Object.keys(provider).length ? "provider" : "";
    if (parameter) {
      const code = `unsupported_${stream ? "stream" : "provider_options"}`;
      throw fail(ImageApiError, "POST", url, ` refused: ${code}`, { code, parameter });
    }
    const r = await request(generationSchema, url, o, request_);
    const data = r.data.filter((image, index) => image.url || image.b64_json || warn([], "invalid_image", index));
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
    apiRoot: root,
  };
}

export type { ClientWarning, ImageClient, ImageClientOptions, RequestOptions } from "./image-client";
