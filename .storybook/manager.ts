import { type ChangeEvent, createElement as h, useId, useState } from "react";
import { STORY_RENDERED } from "storybook/internal/core-events";
import { addons, types, useStorybookApi } from "storybook/manager-api";
import { API_KEY_EVENT } from "./api-key-event";

// No JSX here: Storybook compiles the manager with the classic runtime, which would need React in scope.
// The key typed into the toolbar lives in this manager module and travels to the preview over Storybook's
// postMessage channel only: globals would put it in the URL, and nothing is written to storage.
let apiKey = "";

function ApiKeyTool() {
  const api = useStorybookApi();
  const id = useId();
  const [value, setValue] = useState(apiKey);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    apiKey = event.currentTarget.value;
    setValue(apiKey);
    api.emit(API_KEY_EVENT, apiKey);
  };
  return h(
    "span",
    { style: { display: "inline-flex", alignItems: "center", gap: 6, padding: "0 6px" } },
    h("label", { htmlFor: id, style: { fontSize: 12 } }, "API key"),
    h("input", {
      id,
      type: "password",
      autoComplete: "off",
      spellCheck: false,
      placeholder: "for the live catalog",
      title: "Used with Catalog: Live NanoGPT API. Kept in memory only: never in the URL or browser storage.",
      value,
      onChange,
      style: { width: 150, fontSize: 12, padding: "3px 6px" },
    }),
  );
}

addons.register("model-forms/live-api-key", (api) => {
  // A reloaded preview starts empty: hand it the key again after each render.
  api.on(STORY_RENDERED, () => {
    if (apiKey) api.emit(API_KEY_EVENT, apiKey);
  });
  addons.add("model-forms/live-api-key/tool", {
    type: types.TOOL,
    title: "API key",
    match: ({ viewMode }) => viewMode === "story" || viewMode === "docs",
    render: () => h(ApiKeyTool),
  });
});
