import { t } from '../i18n/index.js';
import { findFolderWaivers, warningAt, type Diagnostic } from '../input/index.js';
import { displayPath } from './display-path.js';

/**
 * `waivers.centralOnly`: a waivers file in an enterprise's folder is not read — only the group's is — and
 * every report says so, one notice per file, never in silence.
 */
export async function noticeFolderWaivers(assessments: readonly string[], central: string | undefined, cwd: string): Promise<Diagnostic[]> {
  const found = (await findFolderWaivers(assessments)).filter((file) => file !== central);
  return found.map((file) => {
    const shown = displayPath(cwd, file);
    const named = central ? { file: displayPath(cwd, central) } : undefined;
    const params = { central: named ? { zh: t('zh', 'waivers-central-file', named), en: t('en', 'waivers-central-file', named) } : '' };
    return warningAt('waivers-file-ignored', { key: 'waivers-file-ignored', params }, { file: shown, line: 1, column: 1 });
  });
}
