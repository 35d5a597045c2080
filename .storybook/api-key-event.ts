/** Channel event carrying the live API key from the manager's toolbar to the preview; never a global or URL param. */
export const API_KEY_EVENT = "model-forms/live-api-key";
