import { createImageClient } from "@model-forms/client";
import { ImageClientProvider } from "@model-forms/forms";
import { createGenerationHistory, ImageStudio, type ImageStudioProps } from "@model-forms/forms/generation";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PNG_BASE64, startImageApiStub } from "./image-api-stub";

/** The composite against a real HTTP server on 127.0.0.1, through the real client. */
describe("ImageStudio (real client, local HTTP stub)", { timeout: 30_000 }, () => {
  let stub: Awaited<ReturnType<typeof startImageApiStub>>;
  beforeAll(async () => {
    stub = await startImageApiStub();
  });
  afterAll(() => stub.close());
  beforeEach(() => stub.reset());

  function renderStudio(props: Partial<ImageStudioProps> = {}) {
    // A fresh client per test: no catalog cache shared between tests.
    const client = createImageClient({ baseUrl: stub.baseUrl, apiKey: "sk-test-0123456789", retryDelayMs: 1 });
    const user = userEvent.setup({ delay: null });
    const view = render(
      <ImageClientProvider client={client}>
        <ImageStudio defaultModelId="acme/pixel-v3" preview={{ baseUrl: stub.baseUrl }} {...props} />
      </ImageClientProvider>,
    );
    return { user, ...view };
  }

  const prompt = () => screen.getByRole("textbox", { name: "Prompt" });
  const quality = () => screen.getByRole("combobox", { name: "Quality" });
  const images = () => screen.getByRole("slider", { name: "Images" });
  // The Generate button carries the estimate ("Generate · $0.08") from the stub's endpoint record.
  const generate = () => screen.getByRole("button", { name: /^Generate/ });

  /** Prompt, two images, quality "high": every kind of control the test model has. */
  async function fillForm(user: ReturnType<typeof userEvent.setup>, text = "a lighthouse at dusk") {
    await user.type(await screen.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 }), text);
    act(() => images().focus());
    await user.keyboard("{ArrowRight}");
    act(() => quality().focus());
    await user.keyboard("h");
    expect(quality()).toHaveTextContent("high");
  }

  function expectValuesKept(text: string) {
    expect(prompt()).toHaveValue(text);
    expect(images()).toHaveAttribute("aria-valuenow", "2");
    expect(quality()).toHaveTextContent("high");
  }

  it("generates: images with cost, balance and time, a history entry, the exact minimal body", async () => {
    const { user } = renderStudio();
    await fillForm(user);
    // The price slot holds PriceEstimate: two images at the 1024x1024 line, also on the button.
    await waitFor(() => expect(generate()).toHaveTextContent("$0.08"));
    await user.click(generate());
    const list = await screen.findByRole("list", { name: "Generated images" }, { timeout: 5000 });
    expect(
      within(list)
        .getAllByRole("img")
        .map((img) => img.getAttribute("alt")),
    ).toEqual(["Result 1 of 2: a lighthouse at dusk", "Result 2 of 2: a lighthouse at dusk"]);
    expect(screen.getByText("Cost $0.08")).toBeInTheDocument();
    expect(screen.getByText("Balance $9.96")).toBeInTheDocument();
    expect(screen.getByText("2 images generated.")).toBeInTheDocument();
    expect(screen.getByText(/^in \d+\.\d s$/)).toBeInTheDocument();
    expect(screen.getByText(/Image links expire about an hour after generation/)).toBeInTheDocument();
    const history = screen.getByRole("region", { name: "History" });
    expect(within(history).getAllByRole("listitem")).toHaveLength(1);
    expect(within(history).getByText("a lighthouse at dusk")).toBeInTheDocument();
    expect(stub.posts.map((post) => post.body)).toEqual([
      { model: "acme/pixel-v3", prompt: "a lighthouse at dusk", quality: "high", n: 2 },
    ]);
  });

  it("a socket dropped mid-POST: an alert, every value kept, sent once; Retry resends the same body and succeeds", async () => {
    const { user } = renderStudio();
    await fillForm(user, "keep me");
    stub.state.mode = "drop";
    await user.click(generate());
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("The connection dropped before an answer came back. Your values are kept.");
    expect(alert.textContent).not.toContain(stub.baseUrl);
    expectValuesKept("keep me");
    expect(stub.posts).toHaveLength(1);

    stub.state.mode = "url";
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await screen.findByRole("list", { name: "Generated images" }, { timeout: 5000 });
    expect(screen.queryByRole("alert")).toBeNull();
    expectValuesKept("keep me");
    expect(stub.posts.map((post) => post.body)).toEqual([stub.posts[0]?.body, stub.posts[0]?.body]);
  });

  it("402: says the balance is too low and what it needs; values kept", async () => {
    const { user } = renderStudio();
    await fillForm(user);
    stub.state.mode = "402";
    await user.click(generate());
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("Your balance is too low for this generation.");
    expect(alert).toHaveTextContent("Insufficient balance");
    expect(alert).toHaveTextContent("It needs $0.0035.");
    expectValuesKept("a lighthouse at dusk");
  });

  it("400 content policy: the API's message, no Retry (the same body would be refused again)", async () => {
    const { user } = renderStudio();
    await fillForm(user);
    stub.state.mode = "content-policy";
    await user.click(generate());
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("The request was refused by the content policy.");
    expect(alert).toHaveTextContent("Your request was rejected by the safety system.");
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
  });

  it("400 naming a parameter: the error lands on that field, which takes the focus", async () => {
    const { user } = renderStudio();
    await fillForm(user);
    stub.state.mode = "bad-parameter";
    await user.click(generate());
    await waitFor(() => expect(quality()).toHaveAttribute("aria-invalid", "true"), { timeout: 5000 });
    expect(quality()).toHaveAccessibleDescription(expect.stringContaining("quality high is temporarily unavailable."));
    expect(quality()).toHaveFocus();
    expect(screen.getByText("Check “Quality”.", { exact: false })).toBeInTheDocument();
  });

  it("Cancel aborts the running request; Retry resends it", async () => {
    const { user } = renderStudio();
    await fillForm(user);
    stub.state.mode = "hang";
    await user.click(generate());
    expect(await screen.findByRole("timer")).toHaveTextContent(/\d+\.\d s/);
    expect(screen.getByRole("button", { name: "Generating…" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Generation cancelled.")).toBeInTheDocument();
    stub.state.mode = "url";
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await screen.findByRole("list", { name: "Generated images" }, { timeout: 5000 });
    expect(stub.posts).toHaveLength(2);
  });

  it("reuse settings: restores the values of a result, migrated to the model now selected", async () => {
    const { user } = renderStudio();
    await fillForm(user, "first idea");
    await user.click(generate());
    await screen.findByRole("list", { name: "Generated images" }, { timeout: 5000 });
    await user.clear(prompt());
    await user.type(prompt(), "second idea");
    act(() => images().focus());
    await user.keyboard("{ArrowRight}");
    await user.click(screen.getByRole("button", { name: "Reuse settings" }));
    expectValuesKept("first idea");
    expect(screen.getByText("Settings restored.")).toBeInTheDocument();

    // Another model: n 1-2 and no "high" quality. The result's settings are migrated onto it.
    act(() => images().focus());
    await user.keyboard("{ArrowRight}{ArrowRight}"); // n = 4 on pixel-v3
    await user.click(screen.getByRole("option", { name: /Pixel mini/ }));
    await waitFor(() => expect(screen.getByRole("heading", { name: "Pixel mini" })).toBeInTheDocument());
    await waitFor(() => expect(images()).toHaveAttribute("aria-valuemax", "2"));
    await user.click(screen.getByRole("button", { name: "Reuse settings" }));
    expect(prompt()).toHaveValue("first idea");
    expect(images()).toHaveAttribute("aria-valuenow", "2");
    expect(quality()).toHaveTextContent("low");
    expect(
      screen.getByText(/Settings restored from Pixel v3\. Adjusted to fit: Quality: high → low\./),
    ).toBeInTheDocument();
  });

  it("use as reference: a b64 result becomes a reference image of an image-to-image model, up to its limit", async () => {
    stub.state.mode = "b64";
    const { user } = renderStudio({ defaultModelId: "acme/pixel-edit" });
    await user.type(await screen.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 }), "a fox");
    await user.click(generate());
    await screen.findByRole("list", { name: "Generated images" }, { timeout: 5000 });
    const use = screen.getByRole("button", { name: "Use as reference image 1 of 1" });
    await user.click(use);
    expect(screen.getByText("Added as reference image 1 of 2.")).toBeInTheDocument();
    await user.click(use);
    expect(screen.getByText("That image is already a reference.")).toBeInTheDocument();
    await user.click(generate());
    await waitFor(() => expect(stub.posts).toHaveLength(2));
    expect(stub.posts[1]?.body).toEqual({
      model: "acme/pixel-edit",
      prompt: "a fox",
      input_references: [`data:image/webp;base64,${PNG_BASE64}`],
    });
  });

  it("no Use as reference for a model without a reference field", async () => {
    const { user } = renderStudio();
    await fillForm(user);
    await user.click(generate());
    await screen.findByRole("list", { name: "Generated images" }, { timeout: 5000 });
    expect(screen.queryByRole("button", { name: /Use as reference/ })).toBeNull();
  });

  it("history: show an older result, remove one, clear", async () => {
    const history = createGenerationHistory();
    const { user } = renderStudio({ history });
    await user.type(await screen.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 }), "one");
    await user.click(generate());
    await screen.findByRole("img", { name: "Result 1 of 1: one" }, { timeout: 5000 });
    await user.clear(prompt());
    await user.type(prompt(), "two");
    await user.click(generate());
    await screen.findByRole("img", { name: "Result 1 of 1: two" }, { timeout: 5000 });
    expect(history.getEntries().map((entry) => entry.request.prompt)).toEqual(["two", "one"]);

    await user.click(screen.getByRole("button", { name: "Show generation 2: one" }));
    expect(screen.getByRole("img", { name: "Result 1 of 1: one" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove generation 1: two" }));
    expect(history.getEntries().map((entry) => entry.request.prompt)).toEqual(["one"]);
    await user.click(screen.getByRole("button", { name: "Clear history" }));
    expect(history.getEntries()).toEqual([]);
    expect(screen.getByText("Nothing generated yet.")).toBeInTheDocument();
  });

  it("shows the live request body beside the results", async () => {
    const { user } = renderStudio();
    await user.type(await screen.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 }), "a fox");
    const body = within(screen.getByRole("figure", { name: /Request body/ }));
    await waitFor(() => expect(body.getByText(/"prompt": "a fox"/)).toBeInTheDocument());
  });
});
