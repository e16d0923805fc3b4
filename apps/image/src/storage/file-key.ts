/** A key `storeImage` makes: 22 base64url characters (128 bits) and an image extension. */
export const FILE_KEY = /^[A-Za-z0-9_-]{22}\.(?:png|jpg|webp)$/;
