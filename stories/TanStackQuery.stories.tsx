import { createImageClient, imageModelsQueryOptions } from "@model-forms/client";
import { ModelParameterForm } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { STORY_BASE_URL } from "../.storybook/catalog-handlers";

interface QueryRecipeProps {
  /** The model to render, from the app's cached catalog. */
  modelId: string;
  /** Called with each request body the form submits. */
  onSubmit?(request: object): void;
}

/** The app's part: its own QueryClient holds the catalog; the form only renders the model it is handed. */
function CatalogForm({
  modelId,
  onSubmit,
  client,
}: QueryRecipeProps & { client: ReturnType<typeof createImageClient> }) {
  const queryClient = useQueryClient();
  const models = useQuery(imageModelsQueryOptions(client));
  const model = models.data?.find((m) => m.id === modelId);
  if (models.isPending) return <p role="status">Loading models…</p>;
  if (models.isError) return <p role="alert">Could not load the models.</p>;
  return (
    <>
      <p>
        {models.data.length} models cached by the app; showing <strong>{model?.name ?? modelId}</strong>.
      </p>
      <button type="button" onClick={() => queryClient.invalidateQueries({ queryKey: ["model-forms"] })}>
        Refetch the catalog
      </button>
      {model ? <ModelParameterForm model={model} onSubmit={onSubmit} /> : null}
    </>
  );
}

/**
 * An app that owns a TanStack `QueryClient`: `imageModelsQueryOptions(client)` puts the catalog in it (the only
 * cache: the factory bypasses the client's own), and the form takes the chosen model through `model=`.
 */
function QueryRecipe({ modelId, onSubmit }: QueryRecipeProps) {
  const [requests, setRequests] = useState(0);
  const queryClient = useMemo(() => new QueryClient(), []);
  // Counts catalog requests, to show that a refetch reaches the network instead of a second cache.
  const client = useMemo(
    () =>
      createImageClient({
        baseUrl: STORY_BASE_URL,
        fetch: (input, init) => {
          if (String(input).endsWith("/images/models")) setRequests((n) => n + 1);
          return fetch(input, init);
        },
      }),
    [],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <output aria-label="Catalog requests">{requests}</output>
      <CatalogForm client={client} modelId={modelId} onSubmit={onSubmit} />
    </QueryClientProvider>
  );
}

const meta = {
  title: "Recipes/TanStack Query",
  component: QueryRecipe,
  args: { modelId: "openai/gpt-image-1", onSubmit: fn() },
  parameters: {
    docs: {
      description: {
        component:
          "`imageModelsQueryOptions(client)` / `modelEndpointsQueryOptions(client, model)` from `@model-forms/client` " +
          "return `{ queryKey, queryFn, staleTime }` for `useQuery`, with no TanStack dependency. The app's " +
          "QueryClient is the only cache; the form takes the model with `model=`.",
      },
    },
  },
  decorators: [(Story) => <div style={{ maxWidth: "36rem" }}>{Story()}</div>],
} satisfies Meta<typeof QueryRecipe>;
export default meta;
type Story = StoryObj<typeof meta>;

/** One catalog request; a refetch goes to the network (no second cache in between); the form submits as usual. */
export const AppOwnsTheCache: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const prompt = await canvas.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    const requests = canvas.getByRole("status", { name: "Catalog requests" });
    await expect(requests).toHaveTextContent("1");
    await userEvent.click(canvas.getByRole("button", { name: "Refetch the catalog" }));
    await waitFor(() => expect(requests).toHaveTextContent("2"));
    await userEvent.type(prompt, "a fox");
    await userEvent.click(canvas.getByRole("button", { name: "Generate" }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ model: "openai/gpt-image-1", prompt: "a fox" }, expect.anything()),
    );
  },
};
