import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig, mergeConfig } from "vitest/config";
import { emulateColorScheme, mouseDrag, screenshotRegion, touchDrag } from "./test/browser/support/browser-commands";
import viteConfig from "./vite.config";

const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  },
  // A window larger than any test viewport: vitest scales the test iframe down to fit the window otherwise, and the
  // pixel measurements (test/browser/wcag-styles.test.tsx) need screenshots at 1 image pixel per CSS pixel.
  contextOptions: { viewport: { width: 1280, height: 2200 } },
});
// A factory, not a shared object: vitest mutates `instances`.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: "chromium" as const }],
  commands: { emulateColorScheme, mouseDrag, screenshotRegion, touchDrag },
});

/**
 * The lowest versions of the forms package's peer ranges (`react-hook-form`, `zod` in packages/forms/package.json),
 * installed as aliases. The `forms-lowest` project runs the component tests against them; the other projects use
 * the newest (the root devDependencies).
 */
export const lowestPeerAliases = [
  { find: /^react-hook-form$/, replacement: "react-hook-form-lowest" },
  { find: /^zod(\/.*)?$/, replacement: "zod-lowest$1" },
];

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "client",
            include: ["packages/client/src/**/*.test.ts", "test/client/**/*.test.ts", "test/fuzz/**/*.test.ts"],
            environment: "node",
          },
        },
        {
          extends: true,
          test: {
            name: "core",
            include: ["packages/forms/src/core/**/*.test.ts", "test/core/**/*.test.ts"],
            environment: "node",
          },
        },
        {
          extends: true,
          test: {
            name: "forms",
            include: [
              "packages/forms/src/**/*.test.{ts,tsx}",
              "test/forms/**/*.test.{ts,tsx}",
              "test/peer-range/**/*.test.tsx",
            ],
            exclude: ["packages/forms/src/core/**", "**/*.browser.test.{ts,tsx}", "**/*.ssr.test.{ts,tsx}"],
            environment: "jsdom",
            setupFiles: ["./vitest.setup.ts"],
          },
        },
        {
          extends: true,
          resolve: { alias: lowestPeerAliases },
          test: {
            name: "forms-lowest",
            // The component suites against the lowest peers (react-hook-form 7.79 is the first whose useForm follows a
            // new formControl, which a model switch hands it). Render counts (render-cost) run on the newest only.
            include: [
              "test/forms/model-parameter-form.test.tsx",
              "test/forms/model-parameter-form-states.test.tsx",
              "test/forms/submit-errors.test.tsx",
              "test/peer-range/**/*.test.tsx",
            ],
            environment: "jsdom",
            setupFiles: ["./vitest.setup.ts", "./test/peer-range/assert-lowest-peers.ts"],
          },
        },
        {
          extends: true,
          resolve: { alias: lowestPeerAliases },
          test: {
            name: "client-lowest",
            // The client's own suites on the lowest zod of its peer range (the fuzz suites stay newest-only).
            include: ["packages/client/src/**/*.test.ts", "test/client/query-options.test.ts"],
            environment: "node",
            setupFiles: ["./test/peer-range/assert-lowest-peers.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "ssr",
            include: ["packages/forms/src/**/*.ssr.test.{ts,tsx}"],
            environment: "node",
          },
        },
        {
          extends: true,
          test: {
            name: "browser",
            include: ["packages/*/src/**/*.browser.test.{ts,tsx}", "test/browser/**/*.test.{ts,tsx}"],
            // Widgets that load on demand are in before each suite (*.on-demand.test.tsx suites see them load).
            setupFiles: ["./test/browser/support/preload-widgets.setup.ts"],
            browser: browser(),
          },
        },
        {
          extends: true,
          test: {
            name: "e2e",
            include: ["e2e/**/*.test.ts"],
            environment: "node",
            testTimeout: 180_000,
            hookTimeout: 180_000,
          },
        },
        {
          extends: true,
          plugins: [storybookTest({ configDir: ".storybook" })],
          // Every story is also laid out at 320 and 375 px after it played: no sideways scroll. Play functions plus axe
          // on a 234-model page can pass 15 s on a loaded 2-core machine.
          test: {
            name: "storybook",
            browser: browser(),
            // One page for every story file: each file's own page re-ran the preview (the whole package, Tailwind,
            // preloaded widgets) for about 3 s, 226 s in all against 63 s shared. Stories clean up after themselves
            // (the shadcn story removes its Tailwind; test/browser/shadcn-story-isolation.test.tsx checks it).
            isolate: false,
            setupFiles: ["./test/browser/support/small-screens.setup.ts"],
            testTimeout: 60_000,
          },
        },
      ],
    },
  }),
);
