/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: preloaded before any loader exists */
// Which address a request comes from, for rate limits and the audit trail. Plain CommonJS: it is preloaded into
// `next start` (see preload.cjs), before any TypeScript tooling exists in that process.
"use strict";
const { BlockList, isIP } = require("node:net");

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) is 10.0.0.1. */
function normalizeAddress(address) {
  const trimmed = String(address ?? "").trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (e.g. "10.0.0.0/8, 127.0.0.1, fd00::/8"), the reverse
 * proxies whose X-Forwarded-* headers are believed. Throws on an entry that is neither.
 */
function parseTrustedProxies(text) {
  const list = new BlockList();
  const entries = String(text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split("/");
    const family = isIP(normalizeAddress(address));
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    if (
      family === 0 ||
      extra !== undefined ||
      !Number.isInteger(prefix) ||
      prefix < 0 ||
      prefix > (family === 6 ? 128 : 32)
    ) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(normalizeAddress(address), prefix, family === 6 ? "ipv6" : "ipv4");
  }
  return { list, size: entries.length };
}

function isTrusted(trusted, address) {
  const family = isIP(address);
  return family !== 0 && trusted.size > 0 && trusted.list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then X-Forwarded-For is read from
 * the right (the entry the nearest proxy added) past every trusted proxy, and the first untrusted entry is the
 * client. Entries a client wrote itself sit further left and are never reached while an untrusted hop is nearer.
 */
function resolveClientAddress(remoteAddress, forwardedFor, trusted) {
  let client = normalizeAddress(remoteAddress) || "unknown";
  if (!isTrusted(trusted, client)) return client;
  const hops = String(forwardedFor ?? "")
    .split(",")
    .map(normalizeAddress)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (isIP(hop) === 0) return client; // garbage: stop at the last address we could vouch for
    client = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return client;
}

module.exports = { normalizeAddress, parseTrustedProxies, resolveClientAddress, isTrusted };
