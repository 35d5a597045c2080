import type { ImageModel } from "@model-forms/client";
import { useSyncExternalStore } from "react";
import { useImageClient } from "./image-client-provider";
import { getQuery, type QueryResult, serverLoading } from "./query-store";

const noSubscribe = () => () => {};

/**
 * The model catalog from the client (which caches and de-duplicates): `{ status, data, error, retry }`.
 *
 * @example
 * ```tsx
 * const models = useImageModels();
 * if (models.status === "success") return <ul>{models.data.map((m) => <li key={m.id}>{m.name}</li>)}</ul>;
 * ```
 */
export function useImageModels(): QueryResult<ImageModel[]> {
  const client = useImageClient();
  const query = getQuery(client, "models", () => client.listModels());
  return useSyncExternalStore(query.subscribe, query.getSnapshot, () => serverLoading);
}

/**
 * One model by id: `{ status, data, error, retry }`. An unknown id fails with the client's not-found error, which
 * names close ids (`error.suggestions`). `undefined` stays loading without fetching.
 *
 * @example
 * ```tsx
 * const model = useImageModel("acme/pixel-v3");
 * if (model.status === "error") return <button onClick={model.retry}>Retry</button>;
 * ```
 */
export function useImageModel(id: string | undefined): QueryResult<ImageModel> {
  const client = useImageClient();
  const query = id === undefined ? undefined : getQuery(client, `model:${id}`, () => client.getModel(id));
  return useSyncExternalStore(
    query?.subscribe ?? noSubscribe,
    query?.getSnapshot ?? (() => serverLoading),
    () => serverLoading,
  );
}
