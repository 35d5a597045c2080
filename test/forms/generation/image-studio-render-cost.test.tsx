import { createImageClient } from "@model-forms/client";
import { ImageClientProvider } from "@model-forms/forms";
import { createValuesPersistence, ImageStudio, memoryStorage } from "@model-forms/forms/generation";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startImageApiStub } from "./image-api-stub";

/** Renders of the studio (it alone calls useImageModels), of ModelParameterForm (useImageModel) and its form root (useForm). */
const renders = vi.hoisted(() => ({ studio: 0, form: 0, formRoot: 0 }));
vi.mock("../../../packages/forms/src/catalog/use-image-models", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../packages/forms/src/catalog/use-image-models")>();
  return {
    ...actual,
    useImageModels: () => {
      renders.studio++;
      return actual.useImageModels();
    },
    useImageModel: (id: string | undefined) => {
      renders.form++;
      return actual.useImageModel(id);
    },
  };
});
vi.mock("react-hook-form", async (importOriginal) => {
  const actual = await importOriginal<typeof import("react-hook-form")>();
  return {
    ...actual,
    useForm: (...args: Parameters<typeof actual.useForm>) => {
      renders.formRoot++;
      return actual.useForm(...args);
    },
  };
});

describe("ImageStudio render cost", { timeout: 30_000 }, () => {
  let stub: Awaited<ReturnType<typeof startImageApiStub>>;
  beforeAll(async () => {
    stub = await startImageApiStub();
  });
  afterAll(() => stub.close());

  it("typing in the prompt commits nothing above the prompt field (price, persistence and preview on)", async () => {
    const client = createImageClient({ baseUrl: stub.baseUrl });
    const storage = memoryStorage();
    const user = userEvent.setup({ delay: null });
    render(
      <ImageClientProvider client={client}>
        <ImageStudio defaultModelId="acme/pixel-v3" persist={createValuesPersistence({ storage })} />
      </ImageClientProvider>,
    );
    const prompt = await screen.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    await waitFor(() => expect(storage.getItem("model-forms:values")).not.toBeNull());
    // The endpoint record has arrived: the price is on the Generate button.
    await waitFor(() => expect(screen.getByRole("button", { name: /^Generate/ })).toHaveTextContent("$0.04"));
    // The counters are wired (so the zeros below mean something).
    expect(renders.studio).toBeGreaterThan(0);
    expect(renders.form).toBeGreaterThan(0);
    expect(renders.formRoot).toBeGreaterThan(0);
    renders.studio = renders.form = renders.formRoot = 0;
    await user.type(prompt, "a lighthouse");
    await waitFor(() => expect(screen.getAllByText(/"prompt": "a lighthouse"/).length).toBeGreaterThan(0));
    await waitFor(() => expect(storage.getItem("model-forms:values")).toContain("a lighthouse"));
    expect(renders).toEqual({ studio: 0, form: 0, formRoot: 0 });
  });
});
