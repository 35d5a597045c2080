export type { ImageModel } from "./image-model";
export type * from "./parameter-descriptor";
