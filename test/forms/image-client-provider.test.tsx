import { createImageClient } from "@model-forms/client";
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
});
