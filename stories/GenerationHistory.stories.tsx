import { createGenerationHistory, GenerationHistory, type GenerationHistoryEntry } from "@model-forms/forms/generation";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { fakeImageSvg } from "../fixtures/catalog";

const now = Date.now();
const prompts = ["a fox in the snow", "a lighthouse at dusk", "a paper boat on a pond"];

/** A history with a few finished generations (what `useImageGeneration`'s `onSuccess` adds). */
function HistoryExample({ entries = prompts.length }: { entries?: number }) {
  const [history] = useState(() => {
    const store = createGenerationHistory();
    for (const [i, prompt] of prompts.slice(0, entries).entries())
      store.add(
        {
          id: `story-${i}`,
          request: { model: "acme/pixel-v3/turbo", prompt, n: 2 },
          values: { prompt, n: 2 },
          images: [0, 1].map((index) => ({
            b64_json: btoa(fakeImageSvg(prompt, index)),
            media_type: "image/svg+xml",
          })),
          cost: 0.024,
          startedAt: now - (entries - i) * 90_000,
          durationMs: 2400,
          response: { data: [] },
        },
        { modelName: "Acme Pixel v3 Turbo" },
      );
    return store;
  });
  const [shown, setShown] = useState<GenerationHistoryEntry>();
  return (
    <div style={{ display: "grid", gap: "0.75rem", maxWidth: "40rem" }}>
      <GenerationHistory history={history} selectedId={shown?.id} onSelect={setShown} onReuseSettings={setShown} />
      <p data-slot="story-value">
        Shown: <code data-testid="shown">{shown ? String(shown.request.prompt) : "none"}</code>
      </p>
    </div>
  );
}

const meta = {
  title: "Generation/GenerationHistory",
  component: GenerationHistory,
  parameters: {
    docs: {
      description: {
        component:
          "The session's generations, newest first: thumbnails, model, prompt, cost and time, with Show, Reuse " +
          "settings and Remove per entry and Clear history. It renders a store from `createGenerationHistory()` " +
          "(memory by default, or any storage adapter); add each successful result to it, e.g. from " +
          "`useImageGeneration({ onSuccess })`, and wire Show / Reuse settings to your results view and form.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Three generations: Show selects one, Remove drops one, Clear empties the list. */
export const Entries: Story = {
  render: () => <HistoryExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const items = canvas.getAllByRole("listitem");
    await expect(items).toHaveLength(3);
    // Newest first.
    await expect(items[0]).toHaveTextContent("a paper boat on a pond");
    await expect(within(items[0] as HTMLElement).getAllByRole("img")).toHaveLength(2);
    await userEvent.click(within(items[1] as HTMLElement).getByRole("button", { name: /^Show/ }));
    await expect(canvas.getByTestId("shown")).toHaveTextContent("a lighthouse at dusk");
    await userEvent.click(within(items[0] as HTMLElement).getByRole("button", { name: /^Remove/ }));
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(2));
    await userEvent.click(canvas.getByRole("button", { name: "Clear history" }));
    await expect(await canvas.findByText("Nothing generated yet.")).toBeVisible();
  },
};

/** Before the first generation. */
export const Empty: Story = {
  render: () => <HistoryExample entries={0} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "History" })).toBeVisible();
    await expect(canvas.getByText("Nothing generated yet.")).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Clear history" })).toBeNull();
  },
};
