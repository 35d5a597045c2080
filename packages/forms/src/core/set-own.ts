/** Sets an own enumerable property whatever the key: published names are opaque, `__proto__` included. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
