import {
  fillGlossaryText,
  KPI_GLOSSARY,
  KPI_GLOSSARY_GROUPS,
  KPI_GLOSSARY_TERMS,
  NO_VALUE_NOTE,
  WAIT_CAVEAT,
} from "@antdash/api";
import { DataTable } from "~/components/data-table";
import { fillTemplate } from "~/filters/fill-template";
import { STATUS_VALUES } from "~/i18n/call-values";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { statusName } from "~/i18n/status-name";
import { getRequestApiContext } from "~/server/current-user";
import styles from "./glossary.module.css";

/**
 * Every KPI's formula and meaning (the API's glossary module, the one source the cards' tooltips also read), with
 * the thresholds in force, the wait caveat, and the outcome names per direction. Each entry has an anchor the
 * overview's cards link to.
 */
export default async function GlossaryPage() {
  const [locale, ctx] = await Promise.all([requestLocale(), getRequestApiContext()]);
  const m = messagesFor(locale);
  const g = m.glossary;
  const fill = (text: string) => fillGlossaryText(text, ctx.kpi);
  return (
    <article className={styles.page} data-testid="glossary">
      <h1>{g.title}</h1>
      <p className="subtitle">{g.subtitle}</p>
      <p className={styles.settings} data-testid="glossary-settings">
        {fillTemplate(g.settingsInForce, {
          serviceLevelSeconds: ctx.kpi.serviceLevelSeconds,
          shortAbandonSeconds: ctx.kpi.shortAbandonSeconds,
          serviceLevelTargetPercent: ctx.kpi.serviceLevelTargetPercent,
        })}{" "}
        {ctx.user?.role === "admin" && <a href="/admin/settings">{g.changeSettings}</a>}
      </p>

      <section className={styles.caveat} aria-labelledby="glossary-wait" data-testid="glossary-wait">
        <h2 id="glossary-wait">{g.waitHeading}</h2>
        <p>{WAIT_CAVEAT[locale]}</p>
        <p>{NO_VALUE_NOTE[locale]}</p>
      </section>

      {KPI_GLOSSARY_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`glossary-${group}`}>
          <h2 id={`glossary-${group}`}>{g.groups[group]}</h2>
          <dl className={styles.entries}>
            {KPI_GLOSSARY.filter((entry) => entry.group === group).map((entry) => (
              <div key={entry.key} id={entry.key} className={styles.entry} data-testid="glossary-entry">
                <dt>
                  {entry.name[locale]} <code className={styles.key}>{entry.key}</code>
                  <span className={styles.unit}>{g.units[entry.unit]}</span>
                </dt>
                <dd>
                  <span className={styles.label}>{g.formula}:</span> {fill(entry.formula[locale])}
                </dd>
                <dd>
                  <span className={styles.label}>{g.meaning}:</span> {fill(entry.explanation[locale])}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <section aria-labelledby="glossary-terms">
        <h2 id="glossary-terms">{g.termsHeading}</h2>
        <dl className={styles.entries}>
          {KPI_GLOSSARY_TERMS.map((term) => (
            <div key={term.term} id={`term-${term.term}`} className={styles.entry}>
              <dt>{term.name[locale]}</dt>
              <dd>{fill(term.definition[locale])}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="glossary-statuses">
        <h2 id="glossary-statuses">{g.statusesHeading}</h2>
        <DataTable columns={[g.statusColumns.status, g.statusColumns.inbound, g.statusColumns.outbound]}>
          {STATUS_VALUES.map((status) => (
            <tr key={status}>
              <th scope="row">
                <code>{status}</code>
              </th>
              <td>{statusName(m.calls.statuses, status, { direction: "to_ab", callClass: "trunking" })}</td>
              <td>{statusName(m.calls.statuses, status, { direction: "from_ab", callClass: "trunking" })}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </article>
  );
}
