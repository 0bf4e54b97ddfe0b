import { ioV2 as io } from "./socket-io-client-v2";
import { guardEvents, type OpenLiveConnection } from "./live-connection";
import { socketIoConnection } from "./socket-io-connection";

/** Socket.IO 1/2 (engine.io protocol 3), with socket.io-client 2.5 (aliased socket.io-client-v2). */
export const openSio2: OpenLiveConnection = (url, handlers, { timeoutMs }) => {
  const { events, stop } = guardEvents(handlers);
  const socket = io(url, { forceNew: true, reconnection: false, autoConnect: false, timeout: timeoutMs });
  socket.on("connect", () => events.open());
  socket.on("connect_error", (error: Error) => events.close(error.message, false));
  socket.on("connect_timeout", () => events.close("timeout", false));
  socket.on("disconnect", (reason: string) => events.close(reason, reason === "io server disconnect"));
  // 2.x has no onAny: every event packet goes through onevent, which is wrapped to see them all.
  const onevent = socket.onevent.bind(socket);
  socket.onevent = (packet) => {
    const [name, payload] = packet.data;
    if (typeof name === "string") events.event(name, payload);
    onevent(packet);
  };
  // The library re-emits a server `error` event locally; it is already reported above, so only swallow it.
  socket.on("error", () => {});
  socket.open();
  return socketIoConnection("sio2", socket, stop, () => socket.close());
};
