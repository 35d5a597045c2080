import type { StorybookConfig } from "@storybook/react-vite";

// @storybook/react-vite loads the root vite.config.ts on its own: plugin-react (automatic JSX runtime) and the
// workspace aliases (@model-forms/* -> sources) come from there.
const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-vitest", "@storybook/addon-a11y", "msw-storybook-addon"],
  framework: { name: "@storybook/react-vite", options: {} },
  staticDirs: ["../public"],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: "react-docgen" },
};
export default config;
