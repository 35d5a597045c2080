import "@model-forms/forms/styles.css";
import "@model-forms/forms/generation.css";

import "./preview.css";
import { createImageClient, type ImageClientOptions } from "@model-forms/client";
import { ImageClientProvider, preloadWidgets } from "@model-forms/forms";
import type { Decorator, Preview } from "@storybook/react-vite";
import { setupWorker } from "msw/browser";
import { mswLoader } from "msw-storybook-addon/csf3";
import { type ReactNode, useEffect, useId, useMemo } from "react";
import { type CatalogSource, catalogHandlers, STORY_BASE_URL, setCatalogSource } from "./catalog-handlers";
import { setLiveApiKey, useLiveApiKey } from "./live-api-key";

/** Per-story client options, e.g. `parameters: { imageClient: { retries: 0 } }`. */
export interface ImageClientParameter extends Partial<ImageClientOptions> {}

function LiveKeyPanel() {
  const id = useId();
  return (
    <div data-slot="story-live-key">
      <label htmlFor={id}>NanoGPT API key (kept in memory only, never in the URL or storage)</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        placeholder="sk-…"
        onChange={(event) => setLiveApiKey(event.currentTarget.value)}
      />
    </div>
  );
}

function StoryShell({
  storyId,
  source,
  theme,
  clientOptions,
  children,
}: {
  storyId: string;
  source: CatalogSource;
  theme: string;
  clientOptions?: ImageClientParameter;
  children: ReactNode;
}) {
  const apiKey = useLiveApiKey();
  // Also set here: a toolbar change re-renders the story, and the handlers must agree with the client it builds.
  setCatalogSource(source);
  // A fresh client per story (and per source/key): no catalog cache leaks from one story's MSW overrides into another.
  // biome-ignore lint/correctness/useExhaustiveDependencies: storyId is the reason to rebuild.
  const client = useMemo(
    () =>
      createImageClient({
        baseUrl: STORY_BASE_URL,
        apiKey: source === "live" && apiKey ? apiKey : undefined,
        retryDelayMs: 50,
        ...clientOptions,
      }),
    [storyId, source, apiKey, clientOptions],
  );
  // On <html> too: Radix Select content is portalled to <body>, outside the story root, and must get the theme.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div data-slot="story-root" data-theme={theme}>
      {source === "live" ? <LiveKeyPanel /> : null}
      <ImageClientProvider client={client}>{children}</ImageClientProvider>
    </div>
  );
}

const withClientAndTheme: Decorator = (Story, context) => (
  <StoryShell
    storyId={context.id}
    source={context.globals.source === "live" ? "live" : "embedded"}
    theme={context.globals.theme === "dark" ? "dark" : "light"}
    clientOptions={context.parameters.imageClient as ImageClientParameter | undefined}
  >
    <Story />
  </StoryShell>
);

const preview: Preview = {
  // Every component gets a Docs page: its description (TSDoc) and a props table (react-docgen).
  tags: ["autodocs"],
  globalTypes: {
    source: {
      description: "Where the catalog comes from: the embedded fixture (MSW) or the live NanoGPT API",
      toolbar: {
        title: "Catalog",
        icon: "database",
        items: [
          { value: "embedded", title: "Embedded catalog (offline)" },
          { value: "live", title: "Live NanoGPT API" },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: "Color theme of the story root",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { source: "embedded", theme: "light" },
  loaders: [
    // Runs before MSW's loader and before render, so handlers know the source when the first request leaves.
    async (context) => {
      setCatalogSource(context.globals.source === "live" ? "live" : "embedded");
      // Widgets that load on demand are in before a story renders, so play functions and screenshots see them.
      await preloadWidgets();
      return {};
    },
    mswLoader(async () => {
      const worker = setupWorker(...catalogHandlers);
      await worker.start({ quiet: true, onUnhandledRequest: "bypass" });
      return worker;
    }),
  ],
  decorators: [withClientAndTheme],
  parameters: {
    a11y: { test: "error" },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    options: { storySort: { order: ["Playground", "Introduction", "Components", "Fields", "*"] } },
    layout: "padded",
  },
};

export default preview;
