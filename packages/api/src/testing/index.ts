// Test helpers other packages' tests use (`@antdash/api/testing`); never imported by running code.
export { openpyxlAvailable, readXlsx, tableOf } from "./read-xlsx";
export { agentRuleRecords, agentsOf } from "../analytics/testing/agents-reference";
