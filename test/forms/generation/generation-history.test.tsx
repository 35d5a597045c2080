import {
  createGenerationHistory,
  GenerationHistory,
  type GenerationHistoryStore,
  type GenerationResult,
  memoryStorage,
} from "@model-forms/forms/generation";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { PNG_BASE64 } from "./image-api-stub";

const KEY = "model-forms:history";
let count = 0;
function result(over: Partial<GenerationResult> = {}): GenerationResult {
  count++;
  const request = { model: "acme/pixel-v3", prompt: `prompt ${count}` };
  return {
    id: `g${count}`,
    request,
    values: { prompt: request.prompt },
    images: [{ url: `https://cdn.example/${count}.png` }],
    cost: 0.04,
    startedAt: Date.UTC(2026, 10, 30, 12, count),
    durationMs: 1200,
    response: { data: [] },
    ...over,
  };
}

describe("createGenerationHistory", () => {
  it("keeps entries in memory by default, newest first, with model, values, request, cost and images", () => {
    const history = createGenerationHistory();
    const first = result();
    history.add(first, { modelName: "Pixel v3" });
    history.add(result());
    const entries = history.getEntries();
    expect(entries.map((e) => e.id)).toEqual([`g${count}`, first.id]);
    expect(entries[1]).toMatchObject({
      modelId: "acme/pixel-v3",
      modelName: "Pixel v3",
      values: first.values,
      request: first.request,
      cost: 0.04,
      images: first.images,
      createdAt: first.startedAt,
    });
  });

  it("remove and clear", () => {
    const history = createGenerationHistory();
    const a = history.add(result());
    const b = history.add(result());
    history.remove(a.id);
    expect(history.getEntries().map((e) => e.id)).toEqual([b.id]);
    history.clear();
    expect(history.getEntries()).toEqual([]);
  });

  it("with a storage adapter: entries survive a reload, but base64 images are not stored", () => {
    const storage = memoryStorage();
    const history = createGenerationHistory({ storage });
    const inline = result({
      images: [{ b64_json: PNG_BASE64, media_type: "image/png" }, { url: "https://cdn.example/x.png" }],
      values: { prompt: "p", input_references: [`data:image/png;base64,${PNG_BASE64}`, "https://cdn.example/ref.png"] },
      request: { model: "acme/pixel-v3", prompt: "p", input_references: [`data:image/png;base64,${PNG_BASE64}`] },
    });
    history.add(inline);
    // This session still shows the inline image.
    expect(history.getEntries()[0]?.images[0]?.b64_json).toBe(PNG_BASE64);
    const text = storage.getItem(KEY) ?? "";
    expect(text).not.toContain(PNG_BASE64);
    const reloaded = createGenerationHistory({ storage }).getEntries();
    expect(reloaded).toHaveLength(1);
    expect(reloaded[0]?.images).toEqual([{ media_type: "image/png" }, { url: "https://cdn.example/x.png" }]);
    expect(reloaded[0]?.values).toEqual({ prompt: "p", input_references: ["https://cdn.example/ref.png"] });
    expect(reloaded[0]?.request).toEqual({ model: "acme/pixel-v3", prompt: "p", input_references: [] });
    expect(reloaded[0]?.inlineImagesOmitted).toBe(3);
  });

  it("stores base64 images when asked", () => {
    const storage = memoryStorage();
    createGenerationHistory({ storage, keepInlineImages: true }).add(
      result({ images: [{ b64_json: PNG_BASE64, media_type: "image/png" }] }),
    );
    expect(createGenerationHistory({ storage }).getEntries()[0]?.images[0]?.b64_json).toBe(PNG_BASE64);
  });

  it("remove and clear reach the storage; malformed or other-version records are ignored; limit applies", () => {
    const storage = memoryStorage();
    const history = createGenerationHistory({ storage, limit: 2 });
    const a = history.add(result());
    history.add(result());
    history.add(result());
    expect(createGenerationHistory({ storage }).getEntries()).toHaveLength(2);
    history.remove(history.getEntries()[0]?.id ?? "");
    expect(createGenerationHistory({ storage }).getEntries()).toHaveLength(1);
    expect(history.getEntries().some((e) => e.id === a.id)).toBe(false);
    history.clear();
    expect(createGenerationHistory({ storage }).getEntries()).toEqual([]);

    storage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        entries: [{ id: 1 }, { id: "ok", modelId: "m", request: { model: "m" }, createdAt: 5 }, "x"],
      }),
    );
    expect(
      createGenerationHistory({ storage })
        .getEntries()
        .map((e) => e.id),
    ).toEqual(["ok"]);
    storage.setItem(
      KEY,
      JSON.stringify({ v: 2, entries: [{ id: "ok", modelId: "m", request: { model: "m" }, createdAt: 5 }] }),
    );
    expect(createGenerationHistory({ storage }).getEntries()).toEqual([]);
    storage.setItem(KEY, "{broken");
    expect(createGenerationHistory({ storage }).getEntries()).toEqual([]);
  });
});

describe("<GenerationHistory>", () => {
  function renderHistory(history: GenerationHistoryStore) {
    const user = userEvent.setup();
    render(<GenerationHistory history={history} onSelect={() => {}} onReuseSettings={() => {}} />);
    return user;
  }

  it("lists thumbnails, model, prompt and cost; a stored inline image shows a placeholder; remove and clear", async () => {
    const storage = memoryStorage();
    createGenerationHistory({ storage }).add(result({ images: [{ b64_json: PNG_BASE64 }] }), { modelName: "Pixel v3" });
    const history = createGenerationHistory({ storage });
    history.add(result({ request: { model: "acme/pixel-v3", prompt: "a fox" } }));
    const user = renderHistory(history);
    const items = within(screen.getByRole("region", { name: "History" })).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole("img", { name: "Image 1 of 1" })).toHaveAttribute(
      "src",
      expect.stringMatching(/^https:\/\/cdn\.example\//),
    );
    expect(items[0]).toHaveTextContent("a fox");
    expect(items[0]).toHaveTextContent("$0.04");
    expect(within(items[1] as HTMLElement).getByRole("img", { name: "Image no longer available" })).toHaveAttribute(
      "data-state",
      "missing",
    );
    expect(items[1]).toHaveTextContent("Pixel v3");

    await user.click(screen.getByRole("button", { name: "Remove generation 1: a fox" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Clear history" }));
    expect(screen.getByText("Nothing generated yet.")).toBeInTheDocument();
    expect(createGenerationHistory({ storage }).getEntries()).toEqual([]);
  });
});
