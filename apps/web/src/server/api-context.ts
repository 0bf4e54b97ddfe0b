import { type ApiContext, createApiContext } from "@antdash/api";
import { renderReportHtml } from "./reports/render-report-html";
import { getAntringClient } from "./antring";
import { type CookieReader, sessionClaims } from "./auth/session-user";
import { clientIp } from "./client-ip";
import { getDatabase } from "./database";
import { liveStreams } from "./http/live-streams";
import { deliveryWaker } from "./reports/start-report-sender";
import { getSyncRunner } from "./sync/sync-runner";

/** A wall screen's display token: the `x-tv-token` header, `Authorization: Bearer`, or `?tv=` on the URL. */
export const TV_TOKEN_HEADER = "x-tv-token";
export const TV_TOKEN_QUERY = "tv";

function tvTokenOf(request: IncomingRequest): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  return request.headers.get(TV_TOKEN_HEADER) ?? bearer ?? request.searchParams?.get(TV_TOKEN_QUERY) ?? null;
}

export interface IncomingRequest {
  headers: Headers;
  cookies: CookieReader;
  /** The request URL's query (route handlers); pages pass none. */
  searchParams?: URLSearchParams;
}

/** Everything the API needs for one request: who is asking (session or TV token), the database, AntRing, where. */
export async function createRequestApiContext(request: IncomingRequest): Promise<ApiContext> {
  const syncController = getSyncRunner();
  const deliveries = deliveryWaker();
  return createApiContext(
    {
      db: await getDatabase(),
      antring: getAntringClient(),
      liveStreams: liveStreams(),
      renderReportHtml,
      ...(syncController && { syncController }),
      ...(deliveries && { deliveries }),
    },
    {
      session: await sessionClaims(request),
      tvToken: tvTokenOf(request),
      ip: clientIp(request.headers),
    },
  );
}
