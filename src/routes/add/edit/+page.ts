// Client-rendered: the bank and its text come from this device's storage.
export const ssr = false;
