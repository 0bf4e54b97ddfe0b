import { io } from "socket.io-client";
import { guardEvents, type OpenLiveConnection } from "./live-connection";
import { socketIoConnection } from "./socket-io-connection";

/** Socket.IO 3/4 (engine.io protocol 4), with the maintained socket.io-client 4. */
export const openSio4: OpenLiveConnection = (url, handlers, { timeoutMs }) => {
  const { events, stop } = guardEvents(handlers);
  const socket = io(url, { forceNew: true, reconnection: false, autoConnect: false, timeout: timeoutMs });
  socket.on("connect", () => events.open());
  socket.on("connect_error", (error: Error) => events.close(error.message, false));
  socket.on("disconnect", (reason: string) => events.close(reason, reason === "io server disconnect"));
  socket.onAny((name: string, payload: unknown) => events.event(name, payload));
  socket.connect();
  return socketIoConnection("sio4", socket, stop, () => {
    socket.offAny();
    socket.disconnect();
  });
};
