import type { LiveConnection } from "./live-connection";
import type { LiveProtocol } from "./live-protocol";

/** What socket.io-client 2.x and 4.x sockets both offer for subscribing and letting go. */
interface SocketIoSocket {
  emit(event: string, ...args: unknown[]): unknown;
  removeAllListeners(): unknown;
}

/**
 * The LiveConnection over a Socket.IO client socket, whichever version: `stop` is guardEvents' stop, and
 * `hangUp` closes the socket the version's own way once its listeners are gone.
 */
export function socketIoConnection(
  protocol: LiveProtocol,
  socket: SocketIoSocket,
  stop: () => void,
  hangUp: () => void,
): LiveConnection {
  return {
    protocol,
    // Always with an acknowledgement: a server that does not answer simply never calls it.
    subscribe: (subscription, onAnswer) =>
      socket.emit("subscribe", subscription, (answer: unknown) => onAnswer?.(answer)),
    close: () => {
      stop();
      socket.removeAllListeners();
      hangUp();
    },
  };
}
