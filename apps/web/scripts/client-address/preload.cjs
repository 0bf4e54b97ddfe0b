/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: preloaded before any loader exists */
// Preloaded into `next start` (NODE_OPTIONS=--require, set by scripts/start.ts). Next passes a client's own
// X-Forwarded-For through untouched (it only fills it when absent), so anyone could pick the address the sign-in
// limits count. Here, before Next sees a request, X-Forwarded-For becomes exactly one address: the socket's peer,
// or what trusted proxies (TRUSTED_PROXIES, default none) say. The other X-Forwarded-* headers of an untrusted peer
// are dropped, so Next fills them from the socket.
"use strict";
const http = require("node:http");
const https = require("node:https");
const { parseTrustedProxies, resolveClientAddress, isTrusted, normalizeAddress } = require("./resolve.cjs");

const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

function normalizeRequest(request) {
  const peer = normalizeAddress(request.socket && request.socket.remoteAddress);
  const forwarded = request.headers["x-forwarded-for"];
  const forwardedFor = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  request.headers["x-forwarded-for"] = resolveClientAddress(peer, forwardedFor, trusted);
  if (!isTrusted(trusted, peer)) {
    delete request.headers["x-forwarded-proto"];
    delete request.headers["x-forwarded-host"];
    delete request.headers["x-forwarded-port"];
  }
}

for (const Server of [http.Server, https.Server]) {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithClientAddress(event, request, ...rest) {
    if (event === "request" && request && request.headers) normalizeRequest(request);
    return emit.call(this, event, request, ...rest);
  };
}
globalThis[Symbol.for("antdash.clientAddressPreload")] = true;
