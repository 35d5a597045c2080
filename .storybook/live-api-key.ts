import { useSyncExternalStore } from "react";
import { addons } from "storybook/preview-api";
import { API_KEY_EVENT } from "./api-key-event";

// The live API key lives in this module only: never in Storybook globals (they are mirrored into the URL query),
// args, localStorage or sessionStorage. A page reload forgets it.
let apiKey = "";
const listeners = new Set<() => void>();

export function setLiveApiKey(next: string): void {
  apiKey = next.trim();
  for (const listener of listeners) listener();
}

export function getLiveApiKey(): string {
  return apiKey;
}

export function useLiveApiKey(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => apiKey,
    () => "",
  );
}

// The manager's toolbar field sends the key over the channel (see manager.tsx).
addons.getChannel().on(API_KEY_EVENT, (key: unknown) => setLiveApiKey(typeof key === "string" ? key : ""));
