// GitHub Actions workflow commands: one `::error|warning|notice title=…,file=…,line=…,col=…::message` line per
// finding, which the runner turns into annotations on the files. Values escaped as the runner expects
// (% \r \n in the message; also : and , in properties).
import type { Finding } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import type { Diagnostic, SourceLocation } from '../input/index.js';
import type { Reporter, StreamReporter } from './types.js';
import { joined } from './util-joined.js';
import { formatCitation } from './util-format-citation.js';
import { openProblems } from './util-open-problems.js';
import { formatAdjustment } from './util-format-adjustment.js';

type Command = 'error' | 'warning' | 'notice';
const COMMAND: Record<Finding['severity'], Command> = { shutdown: 'error', major: 'error', general: 'warning', advisory: 'notice' };

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(kind: Command, location: SourceLocation | undefined, file: string, title: string, message: string): string {
  // In the order @actions/core writes them.
  const properties = [`title=${escapeProperty(title)}`, `file=${escapeProperty(location?.file ?? file)}`, `line=${location?.line ?? 1}`, `col=${location?.column ?? 1}`];
  return `::${kind} ${properties.join(',')}::${escapeData(message)}`;
}

function findingLine(finding: Finding, file: string, lang: Lang): string {
  const undecided = finding.status === 'indeterminate';
  const text = undecided && finding.reason ? translate(lang, finding.reason) : finding.message[lang];
  const basis = finding.sources.map((source) => formatCitation(source, lang)).join('; ');
  const title = `${finding.ruleId} ${t(lang, `severity-${finding.severity}`)}${undecided ? ` · ${t(lang, 'status-indeterminate')}` : ''}`;
  return command(undecided ? 'notice' : COMMAND[finding.severity], finding.location, file, title, `${text}\n${t(lang, 'report-basis')}: ${basis}\n${t(lang, 'report-remediation')}: ${finding.remediation[lang]}`);
}

const diagnosticLine = (diagnostic: Diagnostic, file: string, lang: Lang, kind: Command) =>
  command(kind, diagnostic.location, file, `safety-audit ${diagnostic.code}`, translate(lang, diagnostic.message));

/** Failed and undecided checks, unread files, files that could not be checked, notices of the run and rules the config changed, one annotation each. */
export const streamGithub: StreamReporter = function* (run, { lang }) {
  for (const { file, finding, diagnostic } of openProblems(run)) {
    yield `${finding ? findingLine(finding, file, lang) : diagnosticLine(diagnostic, file, lang, diagnostic.severity === 'error' ? 'error' : 'warning')}\n`;
  }
  for (const notice of run.notices) yield `${diagnosticLine(notice, notice.location?.file ?? '', lang, 'warning')}\n`;
  for (const adjustment of run.adjustments ?? []) yield `${command('notice', adjustment.location, '', `safety-audit ${t(lang, 'report-adjustments')}`, formatAdjustment(adjustment, lang))}\n`;
};

export const formatGithub: Reporter = joined(streamGithub);
