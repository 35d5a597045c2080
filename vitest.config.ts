import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config";

const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  },
});
// A factory, not a shared object: vitest mutates `instances`.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: "chromium" as const }],
});

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
            include: ["packages/forms/src/**/*.test.{ts,tsx}", "test/forms/**/*.test.{ts,tsx}"],
            exclude: ["packages/forms/src/core/**", "**/*.browser.test.{ts,tsx}", "**/*.ssr.test.{ts,tsx}"],
            environment: "jsdom",
            setupFiles: ["./vitest.setup.ts"],
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
          // Play functions plus axe on a 234-model page can pass 15 s on a loaded 2-core machine.
          test: { name: "storybook", browser: browser(), testTimeout: 60_000 },
        },
      ],
    },
  }),
);
