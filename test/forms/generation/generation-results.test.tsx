import { GenerationResults, type GenerationResultView, imageFileName } from "@model-forms/forms/generation";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PNG_BASE64, startImageApiStub } from "./image-api-stub";

const started = Date.UTC(2026, 10, 30, 14, 5);
const view = (
  images: GenerationResultView["images"],
  over: Partial<GenerationResultView> = {},
): GenerationResultView => ({
  id: "g1",
  images,
  request: { model: "acme/pixel-v3", prompt: "A lighthouse at dusk!" },
  values: { prompt: "A lighthouse at dusk!" },
  cost: 0.08,
  remainingBalance: 9.96,
  startedAt: started,
  durationMs: 3240,
  ...over,
});

describe("imageFileName", () => {
  it("names the model, the prompt's first words, the time, the position and the type", () => {
    expect(
      imageFileName({
        model: "acme/pixel-v3",
        prompt: "A lighthouse at dusk!",
        date: started,
        index: 1,
        count: 2,
        image: { url: "https://cdn.example/x.webp" },
      }),
    ).toBe("pixel-v3_a-lighthouse-at-dusk_20261130-1405_2.webp");
    expect(imageFileName({ model: "m", image: { b64_json: "x", media_type: "image/jpeg" } })).toBe("m.jpg");
    expect(imageFileName({ model: "open/ai", prompt: "Ça va? 🌊 ../../etc", image: { url: "https://x/y" } })).toBe(
      "ai_ca-va-etc.png",
    );
    expect(imageFileName({ model: "m", prompt: "x".repeat(200), image: { b64_json: "x" } })).toBe(
      `m_${"x".repeat(48)}.png`,
    );
  });
});

describe("<GenerationResults>", () => {
  let stub: Awaited<ReturnType<typeof startImageApiStub>>;
  const blobs: Blob[] = [];
  const clicks: Array<{ href: string; download: string | null; target: string | null }> = [];
  beforeAll(async () => {
    stub = await startImageApiStub();
    // jsdom has no object URLs and does not navigate: record what would be saved or opened.
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.getAttribute("download"), target: this.getAttribute("target") });
    });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await stub.close();
  });
  afterEach(() => {
    blobs.length = 0;
    clicks.length = 0;
  });

  it("shows url images with cost, balance, time and the expiry note", () => {
    const url = `${stub.baseUrl}/images/a.png`;
    render(
      <GenerationResults result={view([{ url }, { url: `${stub.baseUrl}/images/b.png` }])} now={started + 1000} />,
    );
    expect(screen.getByRole("img", { name: "Result 1 of 2: A lighthouse at dusk!" })).toHaveAttribute("src", url);
    expect(screen.getByText("Cost $0.08")).toBeInTheDocument();
    expect(screen.getByText("Balance $9.96")).toBeInTheDocument();
    expect(screen.getByText("in 3.2 s")).toBeInTheDocument();
    expect(
      screen.getByText(
        /^Image links expire about an hour after generation \(around .+\)\. Download what you want to keep\.$/,
      ),
    ).toBeInTheDocument();
  });

  it("says a link has probably expired after an hour", () => {
    render(<GenerationResults result={view([{ url: "https://cdn.example/a.png" }])} now={started + 61 * 60_000} />);
    expect(screen.getByText("This link has probably expired.")).toBeInTheDocument();
  });

  it("b64_json images use their media type; no expiry note and no Copy link for inline images", () => {
    render(<GenerationResults result={view([{ b64_json: PNG_BASE64, media_type: "image/webp" }])} />);
    expect(screen.getByRole("img")).toHaveAttribute("src", `data:image/webp;base64,${PNG_BASE64}`);
    expect(screen.queryByText(/expire/)).toBeNull();
    expect(screen.queryByRole("button", { name: /Copy link/ })).toBeNull();
  });

  it("Download saves an inline image under a sensible name, decoded in the page", async () => {
    const user = userEvent.setup();
    render(<GenerationResults result={view([{ b64_json: PNG_BASE64, media_type: "image/png" }])} />);
    await user.click(screen.getByRole("button", { name: "Download image 1 of 1" }));
    expect(clicks).toEqual([
      { href: "blob:test/1", download: "pixel-v3_a-lighthouse-at-dusk_20261130-1405.png", target: null },
    ]);
    expect(blobs[0]?.type).toBe("image/png");
    expect(Buffer.from(await (blobs[0] as Blob).arrayBuffer()).toString("base64")).toBe(PNG_BASE64);
  });

  it("Download fetches a remote image (so the name applies); a host that refuses falls back to opening it", async () => {
    const user = userEvent.setup();
    render(
      <GenerationResults
        result={view([{ url: `${stub.baseUrl}/images/a.png` }, { url: `${stub.baseUrl}/missing.png` }])}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Download image 1 of 2" }));
    await vi.waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toMatchObject({ download: "pixel-v3_a-lighthouse-at-dusk_20261130-1405_1.png" });
    expect(Buffer.from(await (blobs[0] as Blob).arrayBuffer()).toString("base64")).toBe(PNG_BASE64);
    await user.click(screen.getByRole("button", { name: "Download image 2 of 2" }));
    await vi.waitFor(() => expect(clicks).toHaveLength(2));
    expect(clicks[1]).toEqual({ href: `${stub.baseUrl}/missing.png`, download: null, target: "_blank" });
  });

  it("Copy link copies the URL and says so; Open opens it in a new tab", async () => {
    const user = userEvent.setup();
    const url = "https://cdn.example/a.png";
    render(<GenerationResults result={view([{ url }])} />);
    await user.click(screen.getByRole("button", { name: "Copy link image 1 of 1" }));
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(screen.getByRole("status")).toHaveTextContent("Link copied");
    await user.click(screen.getByRole("button", { name: "Open image 1 of 1" }));
    expect(clicks.at(-1)).toEqual({ href: url, download: null, target: "_blank" });
  });

  it("Use as reference and Reuse settings call back with the image and the result", async () => {
    const user = userEvent.setup();
    const onUseAsReference = vi.fn();
    const onReuseSettings = vi.fn();
    const result = view([{ b64_json: PNG_BASE64 }]);
    render(<GenerationResults result={result} onUseAsReference={onUseAsReference} onReuseSettings={onReuseSettings} />);
    await user.click(screen.getByRole("button", { name: "Use as reference image 1 of 1" }));
    expect(onUseAsReference).toHaveBeenCalledWith(`data:image/png;base64,${PNG_BASE64}`, { b64_json: PNG_BASE64 }, 0);
    await user.click(screen.getByRole("button", { name: "Reuse settings" }));
    expect(onReuseSettings).toHaveBeenCalledWith(result);
  });

  it("renders its empty content, or nothing, without a result", () => {
    const { container, rerender } = render(<GenerationResults result={undefined} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<GenerationResults result={undefined} empty="Nothing yet" />);
    expect(screen.getByText("Nothing yet")).toBeInTheDocument();
  });
});
