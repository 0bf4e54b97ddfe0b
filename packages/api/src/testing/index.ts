// Test helpers other packages' tests use (`@antdash/api/testing`); never imported by running code.
export { openpyxlAvailable, readXlsx, tableOf } from "./read-xlsx";
export { attachmentOf, type ReceivedMail, type SmtpSink, startSmtpSink } from "./smtp-sink";
export { simulatorClient, syncFromSimulator } from "./simulator-sync";
export { agentRuleRecords, agentsOf } from "../analytics/testing/agents-reference";
