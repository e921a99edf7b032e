import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Marks every cached result (its enterprise's name gets `（缓存）`), so a run that used the cache shows it. An
 * entry is its head (what was read) on one line, then the result's JSON.
 */
export function markCachedResults(cacheDir: string): void {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    const [head, text] = readFileSync(path, 'utf8').split('\n') as [string, string];
    const result = JSON.parse(text) as { enterprise: { name: string } };
    result.enterprise.name = `${result.enterprise.name}（缓存）`;
    writeFileSync(path, `${head}\n${JSON.stringify(result)}`);
  }
}
