import { createImageClient } from "@model-forms/client";
import { ImageClientProvider, useImageModels } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useMemo } from "react";
import { expect, within } from "storybook/test";
import { STORY_BASE_URL } from "../.storybook/catalog-handlers";

/** Lists the catalog through whichever client the nearest provider gives. */
function ModelCount() {
  const models = useImageModels();
  if (models.status === "success") return <p>{models.data.length} models in the catalog.</p>;
  return <p role="status">{models.status === "error" ? "Could not load the models." : "Loading models…"}</p>;
}

/** A provider with its own keyless client (discovery needs no key). */
function WithOwnClient() {
  const client = useMemo(() => createImageClient({ baseUrl: STORY_BASE_URL }), []);
  return (
    <ImageClientProvider client={client}>
      <ModelCount />
    </ImageClientProvider>
  );
}

const meta = {
  title: "Components/ImageClientProvider",
  component: ImageClientProvider,
  args: { client: createImageClient({ baseUrl: STORY_BASE_URL }) },
  parameters: {
    docs: {
      description: {
        component:
          "Gives the forms, pickers and hooks below it their image client (which caches and de-duplicates the " +
          "catalog). Without one they use a keyless default client. In a browser, give it a keyless client: " +
          "generation goes through your server, which holds the key.",
      },
    },
  },
} satisfies Meta<typeof ImageClientProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `useImageModels()` below the provider reads the catalog through its client. */
export const Default: Story = {
  render: () => <WithOwnClient />,
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/^\d+ models in the catalog\.$/, {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};
