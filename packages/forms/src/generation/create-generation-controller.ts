import type { GeneratedImage, ImageGenerationResult } from "@model-forms/client";
import type { FormValues, ImageRequest } from "../core/types";
import { classifyGenerationError, type GenerationError } from "./generation-error";
import { isRecord } from "./is-record";

/**
 * Where a generation stands: `idle` (nothing sent yet, or reset), `generating`, `success`, `error`, `aborted`.
 *
 * @example
 * ```ts
 * const busy = (status: GenerationStatus) => status === "generating";
 * ```
 */
export type GenerationStatus = "idle" | "generating" | "success" | "error" | "aborted";

/**
 * One successful generation: the images and what produced them.
 *
 * @example
 * ```ts
 * const { images, cost, remainingBalance, request, values } = result;
 * ```
 */
export interface GenerationResult {
  /** Unique within the page (for keys and history). */
  id: string;
  /** The body that was sent. */
  request: ImageRequest;
  /** The form values that produced it, when the caller passed them ("reuse settings" needs them). */
  values?: FormValues;
  /** Entries with a `url` (short-lived, about an hour) or `b64_json` (with `media_type` when sent). */
  images: GeneratedImage[];
  /** USD, from the top-level `cost` or OpenRouter's `usage.cost`, when the API sent one. */
  cost?: number;
  /** NanoGPT's `remainingBalance` after this generation, when sent. */
  remainingBalance?: number;
  /** The API's `created` (unix seconds), when sent. */
  created?: number;
  /** When the request left (epoch ms). */
  startedAt: number;
  durationMs: number;
  /** The parsed response, extra fields included. */
  response: ImageGenerationResult;
}

/**
 * A snapshot of a generation controller. The last result stays while a new generation runs or fails.
 *
 * @example
 * ```ts
 * const { status, result, error, request } = controller.getState();
 * ```
 */
export interface GenerationState {
  status: GenerationStatus;
  /** The last body sent: what `retry()` resends. */
  request?: ImageRequest;
  values?: FormValues;
  result?: GenerationResult;
  error?: GenerationError;
  /** When the current (or last) request left, epoch ms. */
  startedAt?: number;
  /** How long the last finished request took. */
  durationMs?: number;
}

/**
 * How a generation is sent: `client.generateImages` by default, or your own (a route handler, a Server Action)
 * that resolves to the API's success body and rejects with its error.
 *
 * @example
 * ```ts
 * const generate: GenerateImages = (request, { signal }) =>
 *   fetch("/api/generate", { method: "POST", body: JSON.stringify(request), signal }).then((r) => r.json());
 * ```
 */
export type GenerateImages = (
  request: ImageRequest,
  options: { signal: AbortSignal },
) => Promise<ImageGenerationResult> | ImageGenerationResult;

/**
 * How one `generate()` ended; the promise never rejects.
 *
 * @example
 * ```ts
 * const outcome = await controller.generate(request);
 * if (outcome.status === "error") console.warn(outcome.error.kind);
 * ```
 */
export type GenerationOutcome =
  | { status: "success"; result: GenerationResult }
  | { status: "error"; error: GenerationError }
  | { status: "aborted" };

/** Options of {@link createGenerationController}. */
export interface GenerationControllerOptions {
  generate: GenerateImages;
  /** Called once per success (e.g. to add it to a history). */
  onSuccess?(result: GenerationResult): void;
  onError?(error: GenerationError): void;
  /** Clock (tests). Default `Date.now`. */
  now?: () => number;
}

/**
 * The generation loop without React: send, abort, retry, and a state to subscribe to.
 *
 * @example
 * ```ts
 * const controller = createGenerationController({ generate: (r, o) => client.generateImages(r, o) });
 * controller.subscribe(() => render(controller.getState()));
 * await controller.generate({ model: "acme/pixel-v3", prompt: "a fox" });
 * ```
 */
export interface GenerationController {
  getState(): GenerationState;
  subscribe(listener: () => void): () => void;
  /** Sends `request` once (never retried by itself); a call while one runs aborts the running one. */
  generate(request: ImageRequest, options?: { values?: FormValues }): Promise<GenerationOutcome>;
  /** Sends the last request again, with the same values; `undefined` when nothing was sent yet. */
  retry(): Promise<GenerationOutcome> | undefined;
  /** Aborts the running request (its outcome is `aborted`); nothing when idle. */
  abort(): void;
  /** Back to `idle`, forgetting the last request, result and error (aborts a running one). */
  reset(): void;
}

const number = (value: unknown): number | undefined => {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
};

/** The parts of a success body the loop uses, read defensively (a custom `generate` may return anything). */
function readResponse(response: unknown) {
  if (!isRecord(response) || !Array.isArray(response.data)) return undefined;
  const images = response.data.filter(
    (image): image is GeneratedImage =>
      isRecord(image) && (typeof image.url === "string" || typeof image.b64_json === "string"),
  );
  return {
    images,
    cost: number(response.cost) ?? number(isRecord(response.usage) ? response.usage.cost : undefined),
    remainingBalance: number(response.remainingBalance) ?? number(response.remaining_balance),
    created: number(response.created),
  };
}

let sequence = 0;

/**
 * Creates a {@link GenerationController}. See {@link useImageGeneration} for the React hook over it.
 *
 * @example
 * ```ts
 * const controller = createGenerationController({ generate: (request, o) => client.generateImages(request, o) });
 * const outcome = await controller.generate(request);
 * ```
 */
export function createGenerationController(options: GenerationControllerOptions): GenerationController {
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  let state: GenerationState = { status: "idle" };
  let running: AbortController | undefined;

  const set = (next: GenerationState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  async function generate(request: ImageRequest, { values }: { values?: FormValues } = {}) {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const startedAt = now();
    set({ status: "generating", request, values, result: state.result, startedAt });
    const settle = (patch: Partial<GenerationState>) => {
      if (running !== controller) return false; // superseded by a newer call: leave its state alone
      running = undefined;
      set({ ...state, error: undefined, durationMs: now() - startedAt, ...patch });
      return true;
    };
    let outcome: GenerationOutcome;
    try {
      const response = await options.generate(request, { signal: controller.signal });
      controller.signal.throwIfAborted();
      const parsed = readResponse(response);
      if (!parsed)
        throw Object.assign(new Error("The response holds no image list."), { name: "ImageApiResponseError" });
      const durationMs = now() - startedAt;
      const result: GenerationResult = {
        id: `generation-${startedAt.toString(36)}-${(++sequence).toString(36)}`,
        request,
        values,
        ...parsed,
        startedAt,
        durationMs,
        response: response as ImageGenerationResult,
      };
      outcome = { status: "success", result };
      if (settle({ status: "success", result })) options.onSuccess?.(result);
    } catch (cause) {
      if (controller.signal.aborted) {
        outcome = { status: "aborted" };
        settle({ status: "aborted" });
      } else {
        const error = classifyGenerationError(cause);
        outcome = { status: "error", error };
        if (settle({ status: "error", error })) options.onError?.(error);
      }
    }
    return outcome;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    generate,
    retry: () => (state.request ? generate(state.request, { values: state.values }) : undefined),
    abort: () => running?.abort(),
    reset() {
      running?.abort();
      running = undefined;
      set({ status: "idle" });
    },
  };
}
