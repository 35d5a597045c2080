import { createImageClient, isImageApiError } from "@model-forms/client";
import { ImageClientProvider, useImageClient } from "@model-forms/forms";
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";

describe("useImageClient", () => {
  it("returns the provided client", () => {
    const client = createImageClient({ baseUrl: "http://127.0.0.1:1/api/v1" });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ImageClientProvider client={client}>{children}</ImageClientProvider>
    );
    expect(renderHook(() => useImageClient(), { wrapper }).result.current).toBe(client);
  });

  it("without a provider: one shared default client", () => {
    const first = renderHook(() => useImageClient()).result.current;
    const second = renderHook(() => useImageClient()).result.current;
    expect(second).toBe(first);
    expect(first.warnings).toEqual([]);
    expect(() => first.invalidate()).not.toThrow();
    for (const method of ["listModels", "getModel", "getModelEndpoints", "generateImages"] as const) {
      expect(typeof first[method]).toBe("function");
    }
  });

  it("the default client's code comes with its first call, and that call is the real client's", async () => {
    const client = renderHook(() => useImageClient()).result.current;
    // Its API root (part of query keys) is what createImageClient() resolves its default base to.
    expect(client.apiRoot).toBe(createImageClient().apiRoot);
    // A model id with dot segments is refused by the real client before any request: the call reached it.
    const refused = await client.getModelEndpoints("acme/../../admin").catch((error: unknown) => error);
    expect(isImageApiError(refused)).toBe(true);
    expect((refused as { code?: string }).code).toBe("unsafe_url");
  });
});
