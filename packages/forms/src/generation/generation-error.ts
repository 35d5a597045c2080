import {
  isImageApiError,
  isImageApiHttpError,
  isImageApiNetworkError,
  isImageApiResponseError,
  isImageApiTimeoutError,
} from "@model-forms/client";
import { isRecord } from "./is-record";

/**
 * What kind of failure a generation met, for the message and for whether resending can help:
 * `insufficient_balance` (402), `content_policy` (the prompt or an image was refused), `invalid_request` (a value
 * the API rejected; `parameter` names the field when it said which), `unauthorized` (401/403), `model_not_found`,
 * `rate_limited` (429), `server` (5xx), `network` (connection refused or dropped), `timeout`, `bad_response` (a 2xx
 * body that is not an image list), `unknown`.
 *
 * @example
 * ```ts
 * const kind: GenerationErrorKind = "insufficient_balance";
 * ```
 */
export type GenerationErrorKind =
  | "insufficient_balance"
  | "content_policy"
  | "invalid_request"
  | "unauthorized"
  | "model_not_found"
  | "rate_limited"
  | "server"
  | "network"
  | "timeout"
  | "bad_response"
  | "unknown";

/**
 * A failed generation, typed. `message` is the API's own words when it sent some (never a URL or a credential);
 * `retryable` says whether sending the same body again may succeed (the hook never does it by itself).
 *
 * @example
 * ```ts
 * if (error.kind === "invalid_request" && error.parameter) form.setError(error.parameter, { message: error.message });
 * ```
 */
export interface GenerationError {
  kind: GenerationErrorKind;
  message?: string;
  status?: number;
  code?: string;
  /** The request field the API blamed (`error.parameter` / `error.param`). */
  parameter?: string;
  retryable: boolean;
  /** 429: how long the API asked to wait. */
  retryAfterMs?: number;
  /** 402 (legacy body): the balance the request needed, in USD. */
  requiredBalance?: number;
  /** The original error (an `ImageApiError` from the client, or whatever a custom `generate` threw). */
  cause: unknown;
}

const RETRYABLE: ReadonlySet<GenerationErrorKind> = new Set([
  "insufficient_balance",
  "rate_limited",
  "server",
  "network",
  "timeout",
  "unknown",
]);

const matches = (pattern: RegExp, ...texts: Array<string | undefined>) =>
  texts.some((text) => text !== undefined && pattern.test(text));

function kindOfHttp(status: number, code: string | undefined, message: string | undefined): GenerationErrorKind {
  if (status === 402 || matches(/insufficient.?(balance|funds|credit)/i, code, message)) return "insufficient_balance";
  if (matches(/content.?policy|moderation|safety|nsfw/i, code, message)) return "content_policy";
  if (status === 401 || status === 403) return "unauthorized";
  if (status === 404 && matches(/model/i, code, message)) return "model_not_found";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server";
  if (status >= 400) return "invalid_request";
  return "unknown";
}

const finite = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/**
 * Reads any failure of a generation (the client's typed errors, or anything a custom `generate` throws) into a
 * {@link GenerationError}. Pure: use it on a server too.
 *
 * @example
 * ```ts
 * try { await client.generateImages(body); }
 * catch (e) { const { kind, message, parameter } = classifyGenerationError(e); }
 * ```
 */
export function classifyGenerationError(error: unknown): GenerationError {
  const make = (kind: GenerationErrorKind, more: Partial<GenerationError> = {}): GenerationError => ({
    kind,
    retryable: RETRYABLE.has(kind),
    cause: error,
    ...more,
  });
  if (isImageApiHttpError(error)) {
    const { status, code, parameter, apiMessage, retryAfterMs, body } = error;
    const requiredBalance = isRecord(body) ? finite(body.requiredBalance) : undefined;
    return make(kindOfHttp(status, code, apiMessage), {
      status,
      code,
      parameter,
      message: apiMessage,
      retryAfterMs,
      requiredBalance,
    });
  }
  if (isImageApiTimeoutError(error)) return make("timeout");
  if (isImageApiNetworkError(error)) return make("network");
  if (isImageApiResponseError(error)) return make("bad_response");
  // A client-side refusal (unsupported_stream, cross_origin_url, …) is about the request, not the connection.
  if (isImageApiError(error)) return make("invalid_request", { code: error.code, parameter: error.parameter });
  // A custom `generate` may throw plain objects shaped like the API's error (e.g. from a Server Action).
  if (isRecord(error) && typeof error.status === "number") {
    const message = typeof error.message === "string" ? error.message : undefined;
    const code = typeof error.code === "string" ? error.code : undefined;
    const parameter = typeof error.parameter === "string" ? error.parameter : undefined;
    return make(kindOfHttp(error.status, code, message), { status: error.status, code, parameter, message });
  }
  if (error instanceof TypeError) return make("network", { message: undefined });
  return make("unknown", { message: error instanceof Error ? error.message : undefined });
}
