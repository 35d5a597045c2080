import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";

describe("generation entry on the server (node, no DOM, no storage)", { timeout: 30_000 }, () => {
  it("imports without touching window, document or localStorage from this package", async () => {
    expect(typeof window).toBe("undefined");
    const touched: string[] = [];
    for (const name of ["window", "document", "localStorage"]) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(`${name}: ${new Error().stack?.split("\n").slice(2, 4).join(" | ")}`);
          return undefined;
        },
      });
    }
    try {
      const entry = await import("./index");
      expect(typeof entry.ImageStudio).toBe("function");
      // Libraries may feature-test `typeof document`; this package's own modules may not touch them at import.
      expect(touched.filter((stack) => /packages\/forms\/src\//.test(stack))).toEqual([]);
      touched.length = 0;
      // Using the stores on a server is safe too: storage is looked up lazily, behind one guarded check.
      const persistence = entry.createValuesPersistence();
      expect(persistence.load()).toBeUndefined();
      persistence.save("m", { prompt: "x" });
      entry.createPresetStore().save("m", "p", {});
      entry.createGenerationHistory({ storage: entry.browserStorage() });
    } finally {
      for (const name of ["window", "document", "localStorage"]) delete (globalThis as Record<string, unknown>)[name];
    }
    expect(
      touched.every((stack) => stack.includes("at browserStorage") || stack.includes("Module.browserStorage")),
    ).toBe(true);
  });

  it("renders the studio with persistence on, reading no storage", async () => {
    const { ImageStudio } = await import("./index");
    const html = renderToString(createElement(ImageStudio, { persist: true, defaultModelId: "acme/pixel-v3" }));
    expect(html).toContain('data-mf-slot="studio"');
    expect(html).toContain('data-mf-slot="studio-output"');
    // Remembered values are read after mount: the server shows no form yet (it would be the wrong one).
    expect(html).not.toContain('data-mf-slot="form"');
  });

  it("renders the studio without persistence, the form loading as on the client's first render", async () => {
    const { ImageStudio } = await import("./index");
    const html = renderToString(createElement(ImageStudio, { defaultModelId: "acme/pixel-v3" }));
    expect(html).toContain('data-mf-slot="form"');
    expect(html).toContain('data-state="loading"');
  });
});
