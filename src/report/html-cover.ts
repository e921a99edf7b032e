// The signed report's first and last words: the cover (for whom, by whom, over what, as of when, which packs
// and editions decided it) and the signature and disclaimer block, from the run's report meta.
import { t, translate, type Lang, type MessageKey } from '../i18n/index.js';
import type { AuditRun } from './types.js';
import { html, type Html } from './util-escape-html.js';
import { packsThatApply } from './util-enterprise-editions.js';
import { coverFacts, soleEnterprise } from './util-cover-facts.js';

export function formatCover(run: AuditRun, lang: Lang): Html {
  const only = soleEnterprise(run);
  const count = run.enterprises.length + run.inputErrors.length;
  const client = run.reportMeta?.client;
  const subject = client ?? only?.name ?? t(lang, 'html-cover-enterprises', { count });
  const fact = ({ key, value }: { key: MessageKey; value: string }) => html`<dt>${t(lang, key)}</dt><dd>${value}</dd>`;
  return html`<section class="page cover">
<h1>${t(lang, 'report-title')}</h1>
<div class="subject">${subject}</div>
${only && client && client !== only.name ? html`<div class="credit">${only.name}</div>` : undefined}
${only ? html`<div class="credit">${t(lang, 'html-credit-code')} ${only.creditCode}</div>` : undefined}
${client && !only ? html`<div class="credit">${t(lang, 'html-cover-enterprises', { count })}</div>` : undefined}
<dl class="facts">${coverFacts(run, lang).map(fact)}</dl>
${formatPacksApplied(run, lang)}
</section>`;
}

/** The packs that applied, each with the editions that decided the audit date: what the report's verdicts rest on. */
function formatPacksApplied(run: AuditRun, lang: Lang): Html {
  const rows = packsThatApply(run).map(
    (pack) => html`<tr><td>${pack.title[lang]}${pack.origin ? html` <span class="group-rule">${t(lang, 'group-rule')}</span>` : undefined}</td><td>${pack.editions.length ? undefined : '—'}${pack.editions.map((edition, index) => html`${index ? html`<br>` : undefined}${edition.citation[lang]}`)}${
      pack.notice ? html`<div class="edition-notice">⚠ ${translate(lang, pack.notice)}</div>` : undefined
    }</td><td class="num">${pack.rules}</td></tr>`,
  );
  return html`<h3>${t(lang, 'doc-packs-applied')}</h3>
<table class="packs"><thead><tr><th>${t(lang, 'html-packs')}</th><th>${t(lang, 'html-editions')}</th><th class="num">${t(lang, 'html-pack-rules')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The signature and disclaimer block, after the findings; nothing when the report meta gives neither. */
export function formatSignature(run: AuditRun, lang: Lang): Html | undefined {
  const meta = run.reportMeta;
  if (!meta?.signature && !meta?.disclaimer) return undefined;
  const lines = (text: string) => text.trimEnd().split('\n').map((line, index) => html`${index ? html`<br>` : undefined}${line}`);
  return html`<section class="page flow signoff">
${meta.disclaimer ? html`<h3>${t(lang, 'doc-disclaimer')}</h3><p class="disclaimer">${lines(meta.disclaimer)}</p>` : undefined}
${meta.signature ? html`<h3>${t(lang, 'doc-signature')}</h3><div class="signature">${lines(meta.signature)}</div>` : undefined}
</section>`;
}
