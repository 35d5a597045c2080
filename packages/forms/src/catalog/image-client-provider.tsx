import { createImageClient, type ImageClient } from "@model-forms/client";
import { createContext, type ReactNode, useContext } from "react";

const ImageClientContext = createContext<ImageClient | null>(null);

let defaultClient: ImageClient | undefined;

/** A keyless client for discovery, created on first use (never at import time). */
function getDefaultClient(): ImageClient {
  defaultClient ??= createImageClient();
  return defaultClient;
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
