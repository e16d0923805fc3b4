const STORAGE = "wai-playground-key";

/** The API key, kept in this browser only (localStorage is per origin: it is sent to this gateway only). */
export const readKey = (): string => localStorage.getItem(STORAGE) ?? "";
export const saveKey = (key: string): void => localStorage.setItem(STORAGE, key.trim());
