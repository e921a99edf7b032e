// GitLab Code Quality (artifacts:reports:codequality): a JSON array of issues the merge request widget shows,
// each with description, check_name, a unique fingerprint, severity (info … blocker) and location.path/lines.
import { createHash } from 'node:crypto';
import type { Finding } from '../engine/index.js';
import { t, translate, type Lang } from '../i18n/index.js';
import type { Diagnostic } from '../input/index.js';
import type { AuditRun, Reporter, StreamReporter } from './types.js';
import { joined } from './util-joined.js';
import { hole, streamJsonArrays } from './util-stream-json.js';
import { formatCitation } from './util-format-citation.js';
import { openProblems } from './util-open-problems.js';
import { formatAdjustment } from './util-format-adjustment.js';
import type { RuleAdjustment } from '../engine/index.js';

type Severity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
const SEVERITY: Record<Finding['severity'], Severity> = { shutdown: 'blocker', major: 'critical', general: 'major', advisory: 'minor' };

interface Issue {
  type: 'issue';
  description: string;
  check_name: string;
  fingerprint: string;
  severity: Severity;
  categories: string[];
  location: { path: string; lines: { begin: number } };
}

const fingerprint = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);

function findingIssue(finding: Finding, file: string, lang: Lang): Issue {
  const undecided = finding.status === 'indeterminate';
  const text = undecided && finding.reason ? translate(lang, finding.reason) : finding.message[lang];
  const basis = finding.sources.map((source) => formatCitation(source, lang)).join('; ');
  return {
    type: 'issue',
    description: `[${t(lang, `severity-${finding.severity}`)}] ${finding.ruleId} ${text}${basis ? ` — ${t(lang, 'report-basis')}: ${basis}` : ''}`,
    check_name: finding.ruleId,
    fingerprint: fingerprint(finding.fingerprint, finding.status),
    severity: undecided ? 'info' : SEVERITY[finding.severity],
    categories: ['Security'],
    location: { path: finding.location?.file ?? file, lines: { begin: finding.location?.line ?? 1 } },
  };
}

function diagnosticIssue(diagnostic: Diagnostic, file: string, lang: Lang, severity: Severity): Issue {
  const path = diagnostic.location?.file ?? file;
  const line = diagnostic.location?.line ?? 1;
  const description = translate(lang, diagnostic.message);
  return {
    type: 'issue',
    description,
    check_name: `safety-audit/${diagnostic.code}`,
    fingerprint: fingerprint(path, String(line), String(diagnostic.location?.column ?? 1), diagnostic.code, description),
    severity,
    categories: ['Bug Risk'],
    location: { path, lines: { begin: line } },
  };
}

/** A rule the config changed, as an info issue at its line in the config file. */
function adjustmentIssue(adjustment: RuleAdjustment, lang: Lang): Issue {
  const path = adjustment.location?.file ?? 'safety-audit.config.yaml';
  const description = formatAdjustment(adjustment, lang);
  return {
    type: 'issue', description, check_name: `safety-audit/config-${adjustment.kind}`, fingerprint: fingerprint(path, adjustment.kind, adjustment.ruleId),
    severity: 'info', categories: ['Style'], location: { path, lines: { begin: adjustment.location?.line ?? 1 } },
  };
}

/** Failed and undecided checks (not passes, not waived), unread files, files that could not be checked, notices of the run and rules the config changed. */
export const streamGitlab: StreamReporter = function* (run, { lang }) {
  yield* streamJsonArrays(hole('issues'), { issues: issuesOf(run, lang) });
  yield '\n';
};

export const formatGitlab: Reporter = joined(streamGitlab);

function* issuesOf(run: AuditRun, lang: Lang): Generator<Issue> {
  for (const { file, finding, diagnostic } of openProblems(run)) {
    yield finding ? findingIssue(finding, file, lang) : diagnosticIssue(diagnostic, file, lang, diagnostic.severity === 'error' ? 'blocker' : 'info');
  }
  for (const notice of run.notices) yield diagnosticIssue(notice, notice.location?.file ?? '', lang, 'info');
  for (const adjustment of run.adjustments ?? []) yield adjustmentIssue(adjustment, lang);
}
