import type { ImageClient } from "@model-forms/client";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useImageClient } from "../catalog/image-client-provider";
import type { FormValues, ImageRequest } from "../core/types";
import {
  createGenerationController,
  type GenerateImages,
  type GenerationOutcome,
  type GenerationResult,
  type GenerationState,
} from "./create-generation-controller";
import type { GenerationError } from "./generation-error";

/** Options of {@link useImageGeneration}. */
export interface UseImageGenerationOptions {
  /** The client whose `generateImages` sends; default the `ImageClientProvider`'s. */
  client?: ImageClient;
  /** Send through your own code instead (a route handler, a Server Action); wins over `client`. */
  generate?: GenerateImages;
  /** Per request, for the client. Default 180 000: image models often take longer than the client's 30 s. */
  timeoutMs?: number;
  onSuccess?(result: GenerationResult): void;
  onError?(error: GenerationError): void;
}

/** What {@link useImageGeneration} returns: the state, and the actions. */
export interface UseImageGenerationReturn extends GenerationState {
  isGenerating: boolean;
  /** Sends once (a POST is never retried by itself). Never rejects: the outcome says how it ended. */
  generate(request: ImageRequest, options?: { values?: FormValues }): Promise<GenerationOutcome>;
  /** Resends the last request (same body, same values); `undefined` when nothing was sent yet. */
  retry(): Promise<GenerationOutcome> | undefined;
  abort(): void;
  reset(): void;
}

/**
 * The generation loop as a hook: `generate(request)`, `status`, `abort()`, `retry()`, the typed `error` (with
 * the `parameter` the API blamed) and the `result` with `cost` and `remainingBalance` where the API sent them.
 * Aborts a running request on unmount. For a ticking timer use {@link useElapsedTime} in a leaf component.
 *
 * @example
 * ```tsx
 * const generation = useImageGeneration();
 * <ModelParameterForm modelId="acme/pixel-v3" onSubmit={(request, values) => generation.generate(request, { values })} />
 * {generation.status === "error" && <button onClick={generation.retry}>Retry</button>}
 * ```
 */
export function useImageGeneration(options: UseImageGenerationOptions = {}): UseImageGenerationReturn {
  const contextClient = useImageClient();
  // Latest options without rebuilding the controller (a new client or callback applies to the next request).
  const latest = useRef({ ...options, client: options.client ?? contextClient });
  latest.current = { ...options, client: options.client ?? contextClient };
  const [controller] = useState(() =>
    createGenerationController({
      generate: (request, { signal }) => {
        const { generate, client, timeoutMs = 180_000 } = latest.current;
        return generate ? generate(request, { signal }) : client.generateImages(request, { signal, timeoutMs });
      },
      onSuccess: (result) => latest.current.onSuccess?.(result),
      onError: (error) => latest.current.onError?.(error),
    }),
  );
  useEffect(() => () => controller.abort(), [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  return useMemo(
    () => ({
      ...state,
      isGenerating: state.status === "generating",
      generate: controller.generate,
      retry: controller.retry,
      abort: controller.abort,
      reset: controller.reset,
    }),
    [state, controller],
  );
}

/**
 * Milliseconds since `startedAt`, ticking every `intervalMs` while `running` (only the component that calls it
 * re-renders); `durationMs` (or 0) once stopped.
 *
 * @example
 * ```tsx
 * const elapsed = useElapsedTime(generation.startedAt, generation.isGenerating, generation.durationMs);
 * <span>{(elapsed / 1000).toFixed(1)} s</span>
 * ```
 */
export function useElapsedTime(
  startedAt: number | undefined,
  running: boolean,
  durationMs?: number,
  intervalMs = 100,
): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [running, intervalMs]);
  if (!running || startedAt === undefined) return durationMs ?? 0;
  return Math.max(0, now - startedAt);
}
