// `@antdash/dashboard-ui/print`: the report's print view (server side: react-dom/server). The apps pass
// renderReportHtml to the API's report sender, preview and `pnpm cli report --format pdf`.
export { renderReportHtml } from "./render-report-html";
export { ReportDocument } from "./report-document";
