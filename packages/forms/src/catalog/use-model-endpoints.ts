import type { ImageModel, ModelEndpoints } from "@model-forms/client";
import { useSyncExternalStore } from "react";
import { useImageClient } from "./image-client-provider";
import { getQuery, type QueryResult, serverLoading } from "./query-store";

const noSubscribe = () => () => {};
const loading = () => serverLoading;

/**
 * A model's endpoint record (pricing, tighter per-image limits, the endpoint's own parameters) through the client:
 * `{ status, data, error, retry }`, cached per client and shared by every subscriber like the catalog. `undefined`
 * stays loading without fetching.
 *
 * @example
 * ```tsx
 * const endpoints = useModelEndpoints("acme/pixel-v3");
 * const pricing = endpoints.status === "success" ? endpoints.data.endpoints[0]?.pricing : undefined;
 * ```
 */
export function useModelEndpoints(model: string | ImageModel | undefined): QueryResult<ModelEndpoints> {
  const client = useImageClient();
  const id = typeof model === "string" ? model : model?.id;
  const query =
    model === undefined ? undefined : getQuery(client, `endpoints:${id}`, () => client.getModelEndpoints(model));
  return useSyncExternalStore(query?.subscribe ?? noSubscribe, query?.getSnapshot ?? loading, loading);
}
