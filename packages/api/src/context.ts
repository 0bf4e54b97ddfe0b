import type { AntringClient } from "@antdash/antring-core";
import type { Database } from "@antdash/db";
import type { Role } from "./auth/roles";

/** The signed-in person, as the server knows them (never trusted from the browser). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** A wall screen signed in with its display token: wallboard data only. */
export interface TvPrincipal {
  displayId: string;
  name: string;
}

/** Everything a procedure may use. Built once per request by the web app (or by tests). */
export interface ApiContext {
  db: Database;
  /** The AntRing client (server-side only: it holds the app secret). */
  antring: AntringClient;
  user: SessionUser | null;
  tv: TvPrincipal | null;
  /** The time zone numbers are shown in (the viewer's setting, default Asia/Ho_Chi_Minh). */
  timeZone: string;
  /** Caller's address, for rate limits and the audit trail. */
  ip: string;
}
