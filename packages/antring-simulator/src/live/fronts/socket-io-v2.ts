// The part of socket.io 2.x (installed as socket.io-v2) that sio2-front uses: it ships no types.
import type { Server as HttpServer } from "node:http";
// @ts-expect-error -- untyped CommonJS module; typed by CreateServerV2 below.
import untypedCreateServer from "socket.io-v2";

export interface SocketV2 {
  id: string;
  on(event: string, listener: (...args: never[]) => void): SocketV2;
  emit(event: string, ...args: unknown[]): SocketV2;
  /** Sends a raw packet: the way to send events whose names 2.x reserves locally (`error`). */
  packet(packet: { type: number; data: unknown[] }): void;
  disconnect(close?: boolean): SocketV2;
  conn: { close(): void };
}
export interface ServerV2 {
  on(event: "connection", listener: (socket: SocketV2) => void): ServerV2;
  sockets: { sockets: Record<string, SocketV2> };
  close(callback?: () => void): void;
  engine: { close(): void };
}

export type CreateServerV2 = (
  httpServer: HttpServer,
  options?: { path?: string; serveClient?: boolean },
) => ServerV2;
export const createServerV2 = untypedCreateServer as CreateServerV2;
