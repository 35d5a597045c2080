/** What every {@link ImageApiError} knows about the failed call. Request headers are never kept (they hold the key). */
export interface ImageApiErrorOptions {
  method: string;
  url: string;
  status?: number;
  /** Machine-readable API code (`missing_model`, `rate_limit_exceeded`, ...), or a client code (`cross_origin_url`, ...). */
  code?: string;
  /** The request field the API blamed (`error.parameter` / `error.param`). */
  parameter?: string;
  /** The response body: parsed JSON when it parsed, else the text (truncated). */
  body?: unknown;
  cause?: unknown;
}

/**
 * Base class of every error the client raises. Its message says the method, the URL (which never holds the API
 * key) and what went wrong. Client-side refusals use this class with a `code`: `cross_origin_url`,
 * `cross_origin_redirect`, `too_many_redirects`, `invalid_url`, `unsupported_stream`, `unsupported_provider_options`.
 * Aborting through your own `signal` does not produce an ImageApiError: the call rejects with `signal.reason`
 * (a `DOMException` named `AbortError` by default), exactly like `fetch`.
 *
 * @example
 * ```ts
 * try { await client.listModels(); } catch (e) { if (isImageApiError(e)) console.error(e.method, e.url, e.code); }
 * ```
 */
export class ImageApiError extends Error {
  override name = "ImageApiError";
  declare method: string;
  declare url: string;
  declare status?: number;
  declare code?: string;
  declare parameter?: string;
  declare body?: unknown;
  constructor(message: string, { cause, ...o }: ImageApiErrorOptions) {
    super(message, { cause });
    Object.assign(this, o);
  }
}

/**
 * The API answered with a non-2xx status. `code`, `parameter`, `type` and `apiMessage` are read from whichever error
 * shape the body used (nested, flat legacy, OpenRouter, HTML page, empty).
 *
 * @example
 * ```ts
 * if (isImageApiHttpError(e) && e.status === 402) showTopUp(e.apiMessage);
 * ```
 */
export class ImageApiHttpError extends ImageApiError {
  override name = "ImageApiHttpError";
  declare status: number;
  /** The API's own message (or the HTML page title, or a text excerpt). */
  declare apiMessage?: string;
  /** `error.type`, e.g. `invalid_request_error`. */
  declare type?: string;
  /** Milliseconds from a `Retry-After` header, when one was sent. */
  declare retryAfterMs?: number;
}

/**
 * No complete response within `timeoutMs` (headers and body).
 *
 * @example
 * ```ts
 * if (isImageApiTimeoutError(e)) retryLater();
 * ```
 */
export class ImageApiTimeoutError extends ImageApiError {
  override name = "ImageApiTimeoutError";
  declare timeoutMs?: number;
}

/**
 * The connection failed or broke (refused, reset, DNS, cut mid-body). `cause` holds the underlying error.
 *
 * @example
 * ```ts
 * if (isImageApiNetworkError(e)) showOffline();
 * ```
 */
export class ImageApiNetworkError extends ImageApiError {
  override name = "ImageApiNetworkError";
}

/**
 * A 2xx response whose body is not JSON or does not have the expected shape.
 *
 * @example
 * ```ts
 * if (isImageApiResponseError(e)) console.warn(e.message, e.body);
 * ```
 */
export class ImageApiResponseError extends ImageApiError {
  override name = "ImageApiResponseError";
}

/**
 * `getModel(id)` found no such model in the catalog; `suggestions` holds up to 3 close ids.
 *
 * @example
 * ```ts
 * if (isImageApiNotFoundError(e)) console.log(`Did you mean ${e.suggestions.join(", ")}?`);
 * ```
 */
export class ImageApiNotFoundError extends ImageApiError {
  override name = "ImageApiNotFoundError";
  declare modelId: string;
  declare suggestions: string[];
}

const is =
  <T extends ImageApiError>(name: string) =>
  (e: unknown): e is T =>
    typeof e === "object" && e !== null && (e as Error).name === name;

/**
 * True for any error of this client, by `name` (works across realms and duplicated bundles).
 *
 * @example
 * ```ts
 * if (isImageApiError(e)) console.error(e.message);
 * ```
 */
export const isImageApiError = (e: unknown): e is ImageApiError =>
  typeof e === "object" && e !== null && /^ImageApi\w*Error$/.test(String((e as Error).name));
/** True for {@link ImageApiHttpError}, by `name`. @example `if (isImageApiHttpError(e)) e.status` */
export const isImageApiHttpError = is<ImageApiHttpError>("ImageApiHttpError");
/** True for {@link ImageApiTimeoutError}, by `name`. @example `if (isImageApiTimeoutError(e)) retry()` */
export const isImageApiTimeoutError = is<ImageApiTimeoutError>("ImageApiTimeoutError");
/** True for {@link ImageApiNetworkError}, by `name`. @example `if (isImageApiNetworkError(e)) offline()` */
export const isImageApiNetworkError = is<ImageApiNetworkError>("ImageApiNetworkError");
/** True for {@link ImageApiResponseError}, by `name`. @example `if (isImageApiResponseError(e)) report(e)` */
export const isImageApiResponseError = is<ImageApiResponseError>("ImageApiResponseError");
/** True for {@link ImageApiNotFoundError}, by `name`. @example `if (isImageApiNotFoundError(e)) e.suggestions` */
export const isImageApiNotFoundError = is<ImageApiNotFoundError>("ImageApiNotFoundError");

/**
 * @internal Reads any error body shape of IMAGE_API.md into an {@link ImageApiHttpError}.
 * Nested `{error:{message,type,code,parameter|param}, code}`, flat `{error:"…", status, ...}`, OpenRouter
 * `{error:{code:404, message}}` (a numeric code is a status echo, not a `code`), top-level `message`/`code`,
 * an HTML page (its `<title>`), plain text (an excerpt), or nothing.
 */
export function httpError(method: string, url: string, res: Response, text: string): ImageApiHttpError {
  let body: unknown = text.slice(0, 2000);
  let apiMessage: string | undefined;
  let code: unknown;
  let parameter: unknown;
  let type: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const t = text.trim();
    apiMessage = /^</.test(t)
      ? `HTML page${(t.match(/<title[^>]*>([^<]*)/i)?.[1] ?? "").trim().replace(/^(.)/, ": $1")}`
      : t.slice(0, 200) || undefined;
  }
  if (typeof body === "object" && body !== null) {
    const b = body as Record<string, unknown>;
    const e = b.error;
    if (typeof e === "object" && e !== null) {
      const n = e as Record<string, unknown>;
      apiMessage = n.message as string;
      code = n.code;
      parameter = n.parameter ?? n.param;
      type = n.type;
    } else apiMessage = (e ?? b.message) as string;
    if (typeof code !== "string") code = b.code;
  }
  const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
  apiMessage = str(apiMessage);
  const status = res.status;
  const err = new ImageApiHttpError(
    `${method} ${url} failed: HTTP ${status}${res.statusText ? ` ${res.statusText}` : ""}${apiMessage ? `: ${apiMessage}` : text ? "" : " (empty body)"}`,
    { method, url, status, code: str(code), parameter: str(parameter), body },
  );
  if (apiMessage) err.apiMessage = apiMessage;
  if (str(type)) err.type = type as string;
  const ra = retryAfter(res.headers.get("retry-after"));
  if (ra !== undefined) err.retryAfterMs = ra;
  return err;
}

/** @internal `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function retryAfter(h: string | null): number | undefined {
  if (!h) return;
  const ms = /^\s*\d+(\.\d+)?\s*$/.test(h) ? Number(h) * 1000 : Date.parse(h) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}
