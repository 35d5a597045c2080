import {
  classifyGenerationError,
  createGenerationHistory,
  GenerationHistory,
  GenerationResults,
  type GenerationResultView,
  type GenerationState,
  GenerationStatus,
} from "@model-forms/forms/generation";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, within } from "storybook/test";
import { fakeImageSvg } from "../fixtures/catalog";

const started = Date.now();
const svg64 = (seed: string) => btoa(fakeImageSvg(seed));
const result = (images: GenerationResultView["images"]): GenerationResultView => ({
  id: "story",
  images,
  request: { model: "acme/pixel-v3", prompt: "a lighthouse at dusk", n: images.length },
  values: { prompt: "a lighthouse at dusk", n: images.length },
  cost: 0.08,
  remainingBalance: 9.96,
  startedAt: started,
  durationMs: 3240,
});
const remote = result([{ url: "https://example.com/result-1.svg" }, { url: "https://example.com/result-2.svg" }]);

const meta = {
  title: "Generation/GenerationResults",
  component: GenerationResults,
  args: { result: remote, onReuseSettings: () => {}, onUseAsReference: () => {} },
} satisfies Meta<typeof GenerationResults>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Short-lived URLs (NanoGPT): cost, balance, time, the expiry note, and every action. */
export const RemoteUrls: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("img")).toHaveLength(2);
    await expect(canvas.getByText(/Image links expire about an hour after generation/)).toBeInTheDocument();
    await expect(canvas.getByRole("button", { name: "Copy link image 2 of 2" })).toBeInTheDocument();
    await expect(canvas.getByRole("button", { name: "Use as reference image 1 of 2" })).toBeInTheDocument();
  },
};

/** `b64_json` with its `media_type` (OpenRouter): no link to copy, no expiry. */
export const InlineImages: Story = {
  args: { result: result([{ b64_json: svg64("inline"), media_type: "image/svg+xml" }]) },
  play: async ({ canvasElement }) => {
    const img = within(canvasElement).getByRole("img");
    await expect(img.getAttribute("src")).toMatch(/^data:image\/svg\+xml;base64,/);
    await expect(within(canvasElement).queryByText(/expire/)).toBeNull();
  },
};

/** More than an hour later, remote links have probably expired. */
export const Expired: Story = {
  args: { now: started + 2 * 60 * 60 * 1000 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("This link has probably expired.")).toBeInTheDocument();
  },
};

const noop = { abort: () => {}, retry: () => {} };
const states: Array<[string, GenerationState]> = [
  ["generating", { status: "generating", startedAt: started }],
  [
    "402",
    {
      status: "error",
      error: classifyGenerationError({ status: 402, message: "Insufficient balance" }),
    },
  ],
  ["network", { status: "error", error: { kind: "network", retryable: true, cause: null } }],
  ["aborted", { status: "aborted" }],
];

/** `GenerationStatus` in each state: progress with a timer and Cancel, typed errors with Retry, cancelled. */
export const StatusStates: Story = {
  render: () => (
    <div data-slot="story-stack">
      {states.map(([name, state]) => (
        <div key={name}>
          <p data-slot="story-example-title">{name}</p>
          <GenerationStatus generation={{ ...state, ...noop }} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("timer")).toBeInTheDocument();
    await expect(canvas.getByText("Your balance is too low for this generation.")).toBeInTheDocument();
    await expect(canvas.getAllByRole("button", { name: "Retry" })).toHaveLength(3);
  },
};

function HistoryDemo() {
  const [history] = useState(() => {
    const store = createGenerationHistory();
    for (const [i, prompt] of ["a fox in the snow", "a lighthouse at dusk"].entries())
      store.add(
        {
          id: `h${i}`,
          request: { model: "acme/pixel-v3", prompt },
          values: { prompt },
          images: [{ b64_json: svg64(prompt), media_type: "image/svg+xml" }],
          cost: 0.04,
          startedAt: started - (2 - i) * 60_000,
          durationMs: 2000,
          response: { data: [] },
        },
        { modelName: "Acme Pixel v3" },
      );
    return store;
  });
  return <GenerationHistory history={history} onSelect={() => {}} onReuseSettings={() => {}} />;
}

/** `GenerationHistory`: newest first, with Show, Reuse settings, Remove and Clear. */
export const History: Story = {
  render: () => <HistoryDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("listitem")).toHaveLength(2);
    await expect(canvas.getByRole("button", { name: "Clear history" })).toBeInTheDocument();
  },
};
