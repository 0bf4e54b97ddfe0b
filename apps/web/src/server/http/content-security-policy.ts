/**
 * The page's Content-Security-Policy: scripts only with this response's nonce (Next adds it to its own scripts), no
 * inline script at all; inline style attributes allowed (charts set them), style elements only with the nonce.
 */
export function contentSecurityPolicy(options: {
  nonce: string;
  /** "'none'" everywhere but the wallboard, which "'self'" may frame. */
  frameAncestors: "'none'" | "'self'";
  /** React's development build needs eval for its debugging aids. */
  development: boolean;
  https: boolean;
}): string {
  const { nonce } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors}`,
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
