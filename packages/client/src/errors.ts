import { isRecord } from "./is-record";

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
 * `redirect_refused`, `unsupported_stream`, `unsupported_provider_options`.
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

type ErrorClass<T> = new (message: string, options: ImageApiErrorOptions & Partial<T>) => T;

/** A subclass whose `name` is `ImageApi{kind}Error`; the `is…` guards compare that name. */
const subclass = <T extends ImageApiError>(kind: string): ErrorClass<T> =>
  class extends ImageApiError {
    override name = `ImageApi${kind}Error`;
  } as unknown as ErrorClass<T>;

/**
 * The API answered with a non-2xx status. `code`, `parameter`, `type` and `apiMessage` are read from whichever error
 * shape the body used (nested, flat legacy, OpenRouter, HTML page, empty).
 *
 * @example
 * ```ts
 * if (isImageApiHttpError(e) && e.status === 402) showTopUp(e.apiMessage);
 * ```
 */
export interface ImageApiHttpError extends ImageApiError {
  status: number;
  /** The API's own message (or the HTML page title, or a text excerpt). */
  apiMessage?: string;
  /** `error.type`, e.g. `invalid_request_error`. */
  type?: string;
  /** Milliseconds from a `Retry-After` header, when one was sent. */
  retryAfterMs?: number;
}
/** The class of {@link ImageApiHttpError}. @example `e instanceof ImageApiHttpError` */
export const ImageApiHttpError = subclass<ImageApiHttpError>("Http");

/**
 * No complete response within `timeoutMs` (headers and body).
 *
 * @example
 * ```ts
 * if (isImageApiTimeoutError(e)) retryLater();
 * ```
 */
export interface ImageApiTimeoutError extends ImageApiError {
  timeoutMs?: number;
}
/** The class of {@link ImageApiTimeoutError}. @example `e instanceof ImageApiTimeoutError` */
export const ImageApiTimeoutError = subclass<ImageApiTimeoutError>("Timeout");

/**
 * The connection failed or broke (refused, reset, DNS, cut mid-body). `cause` holds the underlying error.
 *
 * @example
 * ```ts
 * if (isImageApiNetworkError(e)) showOffline();
 * ```
 */
export type ImageApiNetworkError = ImageApiError;
/** The class of {@link ImageApiNetworkError}. @example `e instanceof ImageApiNetworkError` */
export const ImageApiNetworkError = subclass<ImageApiNetworkError>("Network");

/**
 * A 2xx response whose body is not JSON or does not have the expected shape.
 *
 * @example
 * ```ts
 * if (isImageApiResponseError(e)) console.warn(e.message, e.body);
 * ```
 */
export type ImageApiResponseError = ImageApiError;
/** The class of {@link ImageApiResponseError}. @example `e instanceof ImageApiResponseError` */
export const ImageApiResponseError = subclass<ImageApiResponseError>("Response");

/**
 * `getModel(id)` found no such model in the catalog; `suggestions` holds up to 3 close ids.
 *
 * @example
 * ```ts
 * if (isImageApiNotFoundError(e)) console.log(`Did you mean ${e.suggestions.join(", ")}?`);
 * ```
 */
export interface ImageApiNotFoundError extends ImageApiError {
  modelId: string;
  suggestions: string[];
}
/** The class of {@link ImageApiNotFoundError}. @example `e instanceof ImageApiNotFoundError` */
export const ImageApiNotFoundError = subclass<ImageApiNotFoundError>("NotFound");

/** A guard on `name` (works across realms and duplicated bundles). */
const is =
  <T>(name: RegExp) =>
  (e: unknown): e is T =>
    typeof e === "object" && name.test(String((e as Error | null)?.name));

/**
 * True for any error of this client, by `name` (works across realms and duplicated bundles).
 *
 * @example
 * ```ts
 * if (isImageApiError(e)) console.error(e.message);
 * ```
 */
export const isImageApiError = is<ImageApiError>(/^ImageApi\w*Error$/);
/** True for {@link ImageApiHttpError}, by `name`. @example `if (isImageApiHttpError(e)) e.status` */
export const isImageApiHttpError = is<ImageApiHttpError>(/^ImageApiHttpError$/);
/** True for {@link ImageApiTimeoutError}, by `name`. @example `if (isImageApiTimeoutError(e)) retry()` */
export const isImageApiTimeoutError = is<ImageApiTimeoutError>(/^ImageApiTimeoutError$/);
/** True for {@link ImageApiNetworkError}, by `name`. @example `if (isImageApiNetworkError(e)) offline()` */
export const isImageApiNetworkError = is<ImageApiNetworkError>(/^ImageApiNetworkError$/);
/** True for {@link ImageApiResponseError}, by `name`. @example `if (isImageApiResponseError(e)) report(e)` */
export const isImageApiResponseError = is<ImageApiResponseError>(/^ImageApiResponseError$/);
/** True for {@link ImageApiNotFoundError}, by `name`. @example `if (isImageApiNotFoundError(e)) e.suggestions` */
export const isImageApiNotFoundError = is<ImageApiNotFoundError>(/^ImageApiNotFoundError$/);

const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);

/**
 * @internal Reads any error body shape of IMAGE_API.md into an {@link ImageApiHttpError}.
 * Nested `{error:{message,type,code,parameter|param}, code}`, flat `{error:"…", status, ...}`, OpenRouter
 * `{error:{code:404, message}}` (a numeric code is a status echo, not a `code`), top-level `message`/`code`,
 * an HTML page (its `<title>`), plain text (an excerpt), or nothing. `Retry-After` is delta-seconds or a date.
 */
export function httpError(method: string, url: string, res: Response, text: string): ImageApiHttpError {
  let body: unknown;
  let apiMessage: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text.slice(0, 2000);
    const t = text.trim();
    const title = /<title[^>]*>\s*([^<]*?)\s*</i.exec(t)?.[1];
    apiMessage = t[0] === "<" ? `HTML page${title ? `: ${title}` : ""}` : t.slice(0, 200);
  }
  const b = isRecord(body) ? body : {};
  const n = isRecord(b.error) ? b.error : { message: b.error ?? b.message };
  apiMessage = str(apiMessage ?? n.message);
  const { status, statusText } = res;
  const h = res.headers.get("retry-after");
  const ms = h ? (Number.isNaN(+h) ? Date.parse(h) - Date.now() : +h * 1000) : Number.NaN;
  return new ImageApiHttpError(
    `${method} ${url} failed: HTTP ${status}${statusText && ` ${statusText}`}${apiMessage ? `: ${apiMessage}` : text ? "" : " (empty body)"}`,
    {
      method,
      url,
      status,
      code: str(n.code) ?? str(b.code),
      parameter: str(n.parameter ?? n.param),
      body,
      apiMessage: apiMessage as string | undefined,
      type: str(n.type),
      retryAfterMs: Number.isNaN(ms) ? undefined : Math.max(0, ms),
    },
  );
}
