import type { Server as HttpServer } from "node:http";
import type { LiveProtocol } from "../live-options";
import type { LiveFront, PeerRegistry } from "../live-peer";
import { attachKazooWs } from "./kazoo-ws-front";
import { attachSio09 } from "./sio09-front";
import { attachSio2 } from "./sio2-front";
import { attachSio4 } from "./sio4-front";

const FRONTS: Readonly<Record<LiveProtocol, (server: HttpServer, registry: PeerRegistry) => LiveFront>> = {
  sio4: attachSio4,
  sio2: attachSio2,
  sio09: attachSio09,
  "kazoo-ws": attachKazooWs,
};

/** Serves the live socket in `protocol` on the simulator's HTTP server. */
export function attachLiveFront(
  protocol: LiveProtocol,
  server: HttpServer,
  registry: PeerRegistry,
): LiveFront {
  return FRONTS[protocol](server, registry);
}
