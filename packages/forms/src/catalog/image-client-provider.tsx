import type { ImageClient } from "@model-forms/client";
import { createContext, type ReactNode, useContext } from "react";

const ImageClientContext = createContext<ImageClient | null>(null);

let defaultClient: ImageClient | undefined;

/**
 * The keyless default client for discovery, created on first use (never at import time). Its code comes with the
 * first call: an app that gives the form its own client, or a `model`, never loads it.
 */
function getDefaultClient(): ImageClient {
  defaultClient ??= lazyDefaultClient();
  return defaultClient;
}

/** `createImageClient()` behind `import()`: each method waits for the code, then calls the real client. */
function lazyDefaultClient(): ImageClient {
  let loading: Promise<ImageClient> | undefined;
  let loaded: ImageClient | undefined;
  const real = () => {
    loading ??= import("@model-forms/client").then(
      (client) => {
        loaded = client.createImageClient();
        return loaded;
      },
      (error: unknown) => {
        // A failed fetch of the code is tried again by the next call (the form's Retry).
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    listModels: (options) => real().then((client) => client.listModels(options)),
    getModel: (id, options) => real().then((client) => client.getModel(id, options)),
    getModelEndpoints: (model, options) => real().then((client) => client.getModelEndpoints(model, options)),
    generateImages: (request, options) => real().then((client) => client.generateImages(request, options)),
    invalidate: () => loaded?.invalidate(),
    get warnings() {
      return loaded?.warnings ?? [];
    },
    // What createImageClient() resolves its default base to (part of query keys).
    apiRoot: "https://nano-gpt.com/api/v1",
  };
}

/**
 * Provides the image client to hooks and forms below it.
 *
 * @example
 * ```tsx
 * const client = createImageClient({ apiKey });
 * <ImageClientProvider client={client}><ModelParameterForm modelId="acme/pixel-v3" onSubmit={send} /></ImageClientProvider>
 * ```
 */
export function ImageClientProvider({ client, children }: { client: ImageClient; children?: ReactNode }) {
  return <ImageClientContext.Provider value={client}>{children}</ImageClientContext.Provider>;
}

/**
 * The client from the nearest {@link ImageClientProvider}, or a shared default `createImageClient()` (discovery
 * needs no key).
 *
 * @example
 * ```ts
 * const client = useImageClient();
 * ```
 */
export function useImageClient(): ImageClient {
  return useContext(ImageClientContext) ?? getDefaultClient();
}
