// Web Crypto is a global in browsers, Electron and Node 20+; declared here so src/shared needs neither DOM nor Node types.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A random 12-character id: about 71 bits, plenty for the items of one meeting. */
export function newId(prefix = ''): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = prefix;
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
