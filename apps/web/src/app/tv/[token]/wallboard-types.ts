import type { RouterOutputs } from "@antdash/api";
import type { LiveBoardView, LiveCallView } from "~/server/live/live-view";

// Types only: the wall screen's client code gets the shapes, never server code.
export type WallboardSnapshot = RouterOutputs["wallboard"]["snapshot"];
export type { LiveBoardView, LiveCallView };
