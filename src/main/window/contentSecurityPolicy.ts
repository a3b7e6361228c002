/**
 * The renderer's Content-Security-Policy: only the app's own files run or load;
 * pasted HTML can neither execute script nor fetch anything (images only from
 * the app itself or data:/blob:). Sent as a response header by the app protocol
 * and repeated in index.html's meta tag. The one worker allowed is the app's
 * own spelling worker, a script file of the app's origin: building a dictionary
 * takes seconds of CPU that must not stop typing. blob: and data: workers stay
 * forbidden, so injected text can never become a worker's code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
