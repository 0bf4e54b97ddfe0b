// The part of socket.io-client 2.x (installed as socket.io-client-v2) that sio2-connection uses: it ships no types.
// @ts-expect-error -- untyped CommonJS module; typed by IoV2 below.
import untypedIo from "socket.io-client-v2";

export interface SocketV2 {
  connected: boolean;
  on(event: string, listener: (...args: never[]) => void): SocketV2;
  emit(event: string, ...args: unknown[]): SocketV2;
  open(): SocketV2;
  close(): SocketV2;
  removeAllListeners(): SocketV2;
  /** Internal, but stable across 1.x–2.x: every incoming event packet passes here. */
  onevent(packet: { data: unknown[] }): void;
}
export interface OptionsV2 {
  forceNew?: boolean;
  reconnection?: boolean;
  autoConnect?: boolean;
  timeout?: number;
  transports?: string[];
}

export type IoV2 = (url: string, options?: OptionsV2) => SocketV2;
export const ioV2 = untypedIo as IoV2;
