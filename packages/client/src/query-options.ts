import type { ImageClient } from "./create-image-client";
import type { ImageModel } from "./image-model";
import type { ModelEndpoints } from "./model-endpoints";

/**
 * Options for a TanStack Query `useQuery` / `queryClient.fetchQuery` (structurally typed: this package does not
 * depend on TanStack). `queryFn` bypasses the client's own catalog cache, so the app's QueryClient is the only one.
 *
 * @example
 * ```ts
 * const options: ImageQueryOptions<ImageModel[]> = imageModelsQueryOptions(client);
 * ```
 */
export interface ImageQueryOptions<T, K extends readonly unknown[] = readonly unknown[]> {
  queryKey: K;
  queryFn(context: { signal?: AbortSignal }): Promise<T>;
  /** How long the data counts as fresh, in ms. Default 5 minutes (the catalog changes weekly at most). */
  staleTime: number;
}

/** Options of the query option factories. */
export interface QueryOptionsOverrides {
  /** Default 300 000 (5 minutes). */
  staleTime?: number;
}

const DEFAULT_STALE_TIME = 300_000;

/**
 * TanStack Query options for the model catalog: `{ queryKey, queryFn, staleTime }`. The key holds the API root, so
 * two clients of different APIs never share an entry.
 *
 * @example
 * ```tsx
 * const models = useQuery(imageModelsQueryOptions(client));
 * ```
 */
export function imageModelsQueryOptions(
  client: ImageClient,
  overrides: QueryOptionsOverrides = {},
): ImageQueryOptions<ImageModel[], readonly ["model-forms", "image-models", string]> {
  return {
    queryKey: ["model-forms", "image-models", client.apiRoot] as const,
    // maxAgeMs 0: the QueryClient decides freshness; the client only shares a request already in flight.
    queryFn: ({ signal } = {}) => client.listModels({ signal, maxAgeMs: 0 }),
    staleTime: overrides.staleTime ?? DEFAULT_STALE_TIME,
  };
}

/**
 * TanStack Query options for one model's endpoint record (parameters, pricing, image-input limits). `model` is an
 * id or a model from the catalog (whose `endpoints` URL is followed).
 *
 * @example
 * ```tsx
 * const endpoints = useQuery(modelEndpointsQueryOptions(client, "acme/pixel-v3"));
 * ```
 */
export function modelEndpointsQueryOptions(
  client: ImageClient,
  model: string | ImageModel,
  overrides: QueryOptionsOverrides = {},
): ImageQueryOptions<ModelEndpoints, readonly ["model-forms", "model-endpoints", string, string]> {
  const id = typeof model === "string" ? model : model.id;
  return {
    queryKey: ["model-forms", "model-endpoints", client.apiRoot, id] as const,
    // The client never caches endpoint records; an id is looked up in its catalog only to find the URL.
    queryFn: ({ signal } = {}) => client.getModelEndpoints(model, { signal }),
    staleTime: overrides.staleTime ?? DEFAULT_STALE_TIME,
  };
}
