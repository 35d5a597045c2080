import { createImageClient } from "@model-forms/client";
import { ImageClientProvider, ModelParameterForm } from "@model-forms/forms";
import { compileParameterForm } from "@model-forms/forms/core";
import {
  createPresetStore,
  createValuesPersistence,
  ImageStudio,
  type ImageStudioProps,
  memoryStorage,
  RememberValues,
  restoreValues,
  type StorageAdapter,
} from "@model-forms/forms/generation";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { model } from "../models";
import { startImageApiStub } from "./image-api-stub";

const pixel = model("acme/pixel-v3", [
  { name: "resolution", kind: "enum", source: "typed", sourceKey: "resolution", values: ["1024x1024", "1024x768"] },
  {
    name: "quality",
    kind: "enum",
    source: "typed",
    sourceKey: "quality",
    values: ["low", "medium", "high"],
    default: "medium",
  },
  { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, default: 1, step: 1, integer: true },
]);

const KEY = "model-forms:values";
const record = (modelId: string, values: Record<string, unknown>, v = 1) =>
  JSON.stringify({ v, modelId, values, savedAt: 1 });

describe("createValuesPersistence", () => {
  it("saves one versioned record and loads it back", () => {
    const storage = memoryStorage();
    const persistence = createValuesPersistence({ storage });
    persistence.save("acme/pixel-v3", { prompt: "a fox", n: 2 });
    expect(JSON.parse(storage.getItem(KEY) ?? "")).toMatchObject({
      v: 1,
      modelId: "acme/pixel-v3",
      values: { prompt: "a fox", n: 2 },
    });
    expect(persistence.load()).toMatchObject({ modelId: "acme/pixel-v3", values: { prompt: "a fox", n: 2 } });
    persistence.clear();
    expect(persistence.load()).toBeUndefined();
  });

  it("leaves base64 reference images out unless asked", () => {
    const storage = memoryStorage();
    const values = { prompt: "a fox", input_references: ["data:image/png;base64,AAAA", "https://example.com/a.png"] };
    createValuesPersistence({ storage }).save("m", values);
    expect(storage.getItem(KEY)).not.toContain("base64");
    expect(createValuesPersistence({ storage }).load()?.values.input_references).toEqual(["https://example.com/a.png"]);
    createValuesPersistence({ storage, keepInlineImages: true }).save("m", values);
    expect(createValuesPersistence({ storage }).load()?.values).toEqual(values);
  });

  it("ignores a record of another version, unless `upgrade` reads it", () => {
    const storage = memoryStorage();
    storage.setItem(KEY, record("acme/pixel-v3", { prompt: "old" }, 0));
    expect(createValuesPersistence({ storage }).load()).toBeUndefined();
    const upgrade = (raw: unknown) => {
      const { modelId, values } = raw as { modelId: string; values: Record<string, never> };
      return { modelId, values, savedAt: 0 };
    };
    expect(createValuesPersistence({ storage, upgrade }).load()?.values).toEqual({ prompt: "old" });
  });

  it("never throws on corrupt JSON, a wrong shape, or a storage that refuses", () => {
    const storage = memoryStorage();
    storage.setItem(KEY, "{not json");
    expect(createValuesPersistence({ storage }).load()).toBeUndefined();
    storage.setItem(KEY, JSON.stringify({ v: 1, modelId: 42, values: {} }));
    expect(createValuesPersistence({ storage }).load()).toBeUndefined();
    storage.setItem(KEY, JSON.stringify({ v: 1, modelId: "m", values: "nope" }));
    expect(createValuesPersistence({ storage }).load()).toBeUndefined();
    const refusing: StorageAdapter = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    const persistence = createValuesPersistence({ storage: refusing });
    expect(persistence.load()).toBeUndefined();
    expect(() => persistence.save("m", { prompt: "x" })).not.toThrow();
    expect(() => persistence.clear()).not.toThrow();
  });
});

describe("restoreValues: stored values meet the model's current schema", () => {
  it("keeps what fits, clamps, defaults what no longer fits, drops what the model lost; the prompt survives", () => {
    const compiled = compileParameterForm(pixel);
    const { values, changes } = restoreValues(
      { prompt: "a fox", n: 8, quality: "ultra", resolution: 1024, style: "noir", seed: { nested: true } as never },
      compiled,
    );
    expect(values).toEqual({ prompt: "a fox", resolution: "1024x1024", quality: "medium", n: 4 });
    expect(changes).toEqual([
      { field: "resolution", from: 1024, to: "1024x1024", reason: "defaulted" },
      { field: "quality", from: "ultra", to: "medium", reason: "defaulted" },
      { field: "n", from: 8, to: 4, reason: "clamped" },
      { field: "style", from: "noir", to: undefined, reason: "dropped" },
    ]);
    expect(compiled.schema.safeParse(values).success).toBe(true);
  });
});

describe("<RememberValues> in a ModelParameterForm", () => {
  it("restores a stored value that no longer fits as the nearest valid one, reports it, and saves edits", async () => {
    const storage = memoryStorage();
    storage.setItem(KEY, record("acme/pixel-v3", { prompt: "remembered", n: 9, quality: "ultra" }));
    const onRestore = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(
      <ModelParameterForm model={pixel}>
        <RememberValues persistence={createValuesPersistence({ storage })} delayMs={0} onRestore={onRestore} />
      </ModelParameterForm>,
    );
    expect(screen.getByRole("textbox", { name: "Prompt" })).toHaveValue("remembered");
    expect(screen.getByRole("slider", { name: "Images" })).toHaveAttribute("aria-valuenow", "4");
    expect(screen.getByRole("combobox", { name: "Quality" })).toHaveTextContent("medium");
    expect(onRestore).toHaveBeenCalledTimes(1);
    expect(onRestore.mock.calls[0]?.[0].changes.map((c: { field: string }) => c.field)).toEqual(["quality", "n"]);

    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "!");
    await waitFor(() =>
      expect(JSON.parse(storage.getItem(KEY) ?? "")).toMatchObject({
        modelId: "acme/pixel-v3",
        values: { prompt: "remembered!", n: 4, quality: "medium" },
      }),
    );
  });
});

describe("<RememberValues> with published names that are not plain identifiers", () => {
  it("restores and saves `style.preset` by its published name", async () => {
    const styled = model("acme/styled", [
      {
        name: "style.preset",
        kind: "enum",
        source: "typed",
        sourceKey: "style.preset",
        values: ["none", "anime", "noir"],
      },
    ]);
    const storage = memoryStorage();
    storage.setItem(KEY, record("acme/styled", { prompt: "a fox", "style.preset": "noir" }));
    const user = userEvent.setup({ delay: null });
    render(
      <ModelParameterForm model={styled}>
        <RememberValues persistence={createValuesPersistence({ storage })} delayMs={0} />
      </ModelParameterForm>,
    );
    const select = screen.getByRole("combobox", { name: "Style preset" });
    expect(select).toHaveTextContent("noir");
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "!");
    await waitFor(() =>
      expect(JSON.parse(storage.getItem(KEY) ?? "").values).toEqual({ prompt: "a fox!", "style.preset": "noir" }),
    );
  });
});

describe("ImageStudio: persist, presets, reset (real client, local HTTP stub)", { timeout: 30_000 }, () => {
  let stub: Awaited<ReturnType<typeof startImageApiStub>>;
  beforeAll(async () => {
    stub = await startImageApiStub();
  });
  afterAll(() => stub.close());
  beforeEach(() => {
    stub.reset();
    localStorage.clear();
  });

  function renderStudio(props: Partial<ImageStudioProps> = {}) {
    const client = createImageClient({ baseUrl: stub.baseUrl, retryDelayMs: 1 });
    const user = userEvent.setup({ delay: null });
    const { unmount } = render(
      <ImageClientProvider client={client}>
        <ImageStudio defaultModelId="acme/pixel-v3" preview={false} {...props} />
      </ImageClientProvider>,
    );
    return Object.assign(user, { unmount });
  }
  const prompt = () => screen.getByRole("textbox", { name: "Prompt" });
  const images = () => screen.getByRole("slider", { name: "Images" });
  const quality = () => screen.getByRole("combobox", { name: "Quality" });

  it("opens the remembered model with its values (persist: true uses localStorage)", async () => {
    localStorage.setItem(KEY, record("acme/pixel-mini", { prompt: "remembered", n: 2, quality: "medium" }));
    renderStudio({ persist: true });
    expect(await screen.findByRole("heading", { name: "Pixel mini" }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(prompt()).toHaveValue("remembered"));
    expect(images()).toHaveAttribute("aria-valuenow", "2");
    expect(quality()).toHaveTextContent("medium");
    expect(screen.getByText("Restored your last settings.")).toBeInTheDocument();
  });

  it("a model that vanished from the catalog: the default model opens, with the values that still fit", async () => {
    const storage = memoryStorage();
    storage.setItem(KEY, record("acme/retired-model", { prompt: "old idea", n: 3, quality: "ultra", steps: 30 }));
    renderStudio({ persist: createValuesPersistence({ storage }) });
    expect(await screen.findByRole("heading", { name: "Pixel v3" }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(prompt()).toHaveValue("old idea"));
    expect(images()).toHaveAttribute("aria-valuenow", "3");
    expect(quality()).toHaveTextContent("medium");
    expect(
      screen.getByText(
        "“acme/retired-model” is no longer available; your last settings moved to Pixel v3. Adjusted to fit: Quality: ultra → medium; steps not offered by this model.",
      ),
    ).toBeInTheDocument();
    // What is remembered now is the model on screen.
    await waitFor(() => expect(JSON.parse(storage.getItem(KEY) ?? "").modelId).toBe("acme/pixel-v3"));
  });

  it("saves edits and the model switch; a reload restores them", async () => {
    const storage = memoryStorage();
    const user = renderStudio({ persist: createValuesPersistence({ storage }) });
    await user.type(await screen.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 }), "keep this");
    await user.click(screen.getByRole("option", { name: /Pixel mini/ }));
    await waitFor(() => expect(JSON.parse(storage.getItem(KEY) ?? "").modelId).toBe("acme/pixel-mini"));
    await waitFor(() => expect(JSON.parse(storage.getItem(KEY) ?? "").values.prompt).toBe("keep this"));
    user.unmount();
    renderStudio({ persist: createValuesPersistence({ storage }) });
    expect(await screen.findByRole("heading", { name: "Pixel mini" }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(prompt()).toHaveValue("keep this"));
  });

  it("reset to model defaults keeps the prompt", async () => {
    const user = renderStudio();
    await user.type(await screen.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 }), "a fox");
    act(() => images().focus());
    await user.keyboard("{ArrowRight}{ArrowRight}");
    act(() => quality().focus());
    await user.keyboard("h");
    await user.click(screen.getByRole("button", { name: "Reset to model defaults" }));
    expect(prompt()).toHaveValue("a fox");
    expect(images()).toHaveAttribute("aria-valuenow", "1");
    expect(quality()).toHaveTextContent("medium");
  });

  it("named presets per model: save, apply (migrated if the model changed since), delete", async () => {
    const storage = memoryStorage();
    const presets = createPresetStore({ storage });
    // A preset saved when the model still allowed 9 images.
    presets.save("acme/pixel-v3", "Old batch", { prompt: "", n: 9, quality: "low" });
    const user = renderStudio({ presets });
    await screen.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    act(() => images().focus());
    await user.keyboard("{ArrowRight}");
    act(() => quality().focus());
    await user.keyboard("h");
    await user.type(screen.getByRole("textbox", { name: "Preset name" }), "Two high");
    await user.click(screen.getByRole("button", { name: "Save preset" }));
    expect(screen.getByText("Saved “Two high”.")).toBeInTheDocument();
    expect(presets.list("acme/pixel-v3").map((p) => p.name)).toEqual(["Old batch", "Two high"]);

    await user.click(screen.getByRole("button", { name: "Reset to model defaults" }));
    expect(images()).toHaveAttribute("aria-valuenow", "1");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(images()).toHaveAttribute("aria-valuenow", "2");
    expect(quality()).toHaveTextContent("high");

    await user.selectOptions(screen.getByRole("combobox", { name: "Preset" }), "Old batch");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(images()).toHaveAttribute("aria-valuenow", "4");
    expect(quality()).toHaveTextContent("low");
    expect(screen.getByText("Applied “Old batch” (1 adjusted to fit the model).")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(presets.list("acme/pixel-v3").map((p) => p.name)).toEqual(["Two high"]);
    // Presets belong to their model.
    await user.click(screen.getByRole("option", { name: /Pixel mini/ }));
    expect(await screen.findByText("No presets for this model")).toBeInTheDocument();
    // And they were stored.
    expect(
      createPresetStore({ storage })
        .list("acme/pixel-v3")
        .map((p) => p.name),
    ).toEqual(["Two high"]);
  });
});
