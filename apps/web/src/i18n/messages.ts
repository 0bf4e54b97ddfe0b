// The interface's words, Vietnamese first (the default) and English, composed from one file per page domain under
// messages/ (each typed so both languages have every key).
import { admin } from "./messages/admin";
import { agents } from "./messages/agents";
import { alerts } from "./messages/alerts";
import { callbacks } from "./messages/callbacks";
import { calls } from "./messages/calls";
import { filters } from "./messages/filters";
import { glossary } from "./messages/glossary";
import { overview } from "./messages/overview";
import { reports } from "./messages/reports";
import { shell } from "./messages/shell";
import { sync } from "./messages/sync";
import { tv } from "./messages/tv";

export const vi = {
  ...shell.vi,
  overview: overview.vi,
  filters: filters.vi,
  calls: calls.vi,
  callbacks: callbacks.vi,
  agents: agents.vi,
  admin: admin.vi,
  alerts: alerts.vi,
  sync: sync.vi,
  tv: tv.vi,
  glossary: glossary.vi,
  reports: reports.vi,
};

export type Messages = typeof vi;

export const en: Messages = {
  ...shell.en,
  overview: overview.en,
  filters: filters.en,
  calls: calls.en,
  callbacks: callbacks.en,
  agents: agents.en,
  admin: admin.en,
  alerts: alerts.en,
  sync: sync.en,
  tv: tv.en,
  glossary: glossary.en,
  reports: reports.en,
};
