import { curlCommand, RequestPreview } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { addons } from "storybook/preview-api";
import { expect, spyOn, userEvent, waitFor, within } from "storybook/test";
import { API_KEY_EVENT } from "../.storybook/api-key-event";
import { useLiveApiKey } from "../.storybook/live-api-key";

const request = {
  model: "acme/pixel-v3/turbo",
  prompt: "A lighthouse at dusk, it's foggy",
  resolution: "1024x768",
  n: 2,
  seed: 42,
};
const i2iRequest = {
  model: "bytedance/seedream-4",
  prompt: "Same scene, but in winter",
  input_references: [
    "https://example.com/ref.png",
    { type: "image_url", image_url: { url: "https://example.com/ref2.webp" } },
  ],
};
const fakeKey = "sk-nano-0000111122223333abcd";

const meta = {
  title: "Components/RequestPreview",
  component: RequestPreview,
  args: { request, baseUrl: "https://nano-gpt.com" },
} satisfies Meta<typeof RequestPreview>;
export default meta;
type Story = StoryObj<typeof meta>;

/** No request yet, a NanoGPT request, with a (masked) key, image-to-image, and OpenRouter's base URL. */
export const AllStates: Story = {
  render: () => (
    <div data-slot="story-stack">
      <section aria-label="Empty">
        <h2 data-slot="story-example-title">No request yet</h2>
        <RequestPreview request={undefined} />
      </section>
      <section aria-label="NanoGPT">
        <h2 data-slot="story-example-title">NanoGPT</h2>
        <RequestPreview request={request} />
      </section>
      <section aria-label="With a key">
        <h2 data-slot="story-example-title">With a key (masked)</h2>
        <RequestPreview request={request} apiKey={fakeKey} />
      </section>
      <section aria-label="Image to image">
        <h2 data-slot="story-example-title">Image to image</h2>
        <RequestPreview request={i2iRequest} />
      </section>
      <section aria-label="OpenRouter">
        <h2 data-slot="story-example-title">OpenRouter base URL</h2>
        <RequestPreview
          request={{ model: "qwen/qwen-image-3", prompt: "a kite" }}
          baseUrl="https://openrouter.ai/api/v1"
        />
      </section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).not.toContain(fakeKey);
    await expect(canvasElement.textContent).toContain("sk-…abcd");
  },
};

/** Copy the cURL command: the copied text reads the key from `$NANOGPT_API_KEY`. */
export const CopyCurl: Story = {
  args: { apiKey: fakeKey },
  play: async ({ canvasElement }) => {
    const writeText = spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Copy cURL" }));
    await expect(writeText).toHaveBeenCalledWith(curlCommand(request, "https://nano-gpt.com"));
    await expect(writeText.mock.calls[0]?.[0]).not.toContain(fakeKey);
    await waitFor(() => expect(canvas.getByText("Copied")).toBeInTheDocument());
  },
};

function PreviewWithToolbarKey() {
  const apiKey = useLiveApiKey();
  return <RequestPreview request={request} apiKey={apiKey || undefined} />;
}

/**
 * Live mode: the key typed in the story's key field lives in memory only. It shows masked, and never reaches the
 * URL (where Storybook mirrors globals), localStorage or sessionStorage.
 */
export const LiveModeKey: Story = {
  globals: { source: "live" },
  render: () => <PreviewWithToolbarKey />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(/NanoGPT API key/);
    await userEvent.type(input, fakeKey);
    await waitFor(() => expect(canvas.getByText(/sk-…abcd/)).toBeInTheDocument());
    await expect(canvasElement.textContent).not.toContain(fakeKey);
    await expect(window.location.href).not.toContain(fakeKey);
    await expect(JSON.stringify({ ...localStorage })).not.toContain(fakeKey);
    await expect(JSON.stringify({ ...sessionStorage })).not.toContain(fakeKey);
    await userEvent.clear(input);
    await waitFor(() => expect(canvas.getByText(/Set NANOGPT_API_KEY/)).toBeInTheDocument());
  },
};

/**
 * Live mode, key typed into the toolbar's "API key" field: the manager sends it over Storybook's channel (this play
 * function sends the same event), and it shows masked, never in the URL or storage.
 */
export const LiveModeKeyFromToolbar: Story = {
  globals: { source: "live" },
  render: () => <PreviewWithToolbarKey />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    addons.getChannel().emit(API_KEY_EVENT, fakeKey);
    await waitFor(() => expect(canvas.getByText(/sk-…abcd/)).toBeInTheDocument());
    await expect(canvasElement.textContent).not.toContain(fakeKey);
    await expect(window.location.href).not.toContain(fakeKey);
    await expect(JSON.stringify({ ...localStorage })).not.toContain(fakeKey);
    addons.getChannel().emit(API_KEY_EVENT, "");
    await waitFor(() => expect(canvas.getByText(/Set NANOGPT_API_KEY/)).toBeInTheDocument());
  },
};
