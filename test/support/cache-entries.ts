import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Head {
  sizes: { result: number; rendered: Record<string, number> };
}

/**
 * Marks every cached result (its enterprise's name gets `（缓存）`, in the result and in each text kept with it),
 * so a run that used the cache shows it. An entry is its head (what was read, and the sizes in bytes of what
 * follows) on one line, then the result's JSON, then each kept text (the JSON report's enterprise).
 */
export function markCachedResults(cacheDir: string): void {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    const bytes = readFileSync(path);
    const end = bytes.indexOf(0x0a);
    const head = JSON.parse(bytes.toString('utf8', 0, end)) as Head;
    let at = end + 1;
    const take = (size: number) => bytes.toString('utf8', at, (at += size));
    const result = JSON.parse(take(head.sizes.result)) as { enterprise: { name: string } };
    const named = `"name": ${JSON.stringify(result.enterprise.name)}`;
    result.enterprise.name = `${result.enterprise.name}（缓存）`;
    const texts = [JSON.stringify(result)];
    for (const key of Object.keys(head.sizes.rendered)) {
      const text = take(head.sizes.rendered[key]!);
      if (!text.includes(named)) throw new Error(`markCachedResults: no ${named} in the ${key} text of ${name}`);
      texts.push(text.replace(named, `"name": ${JSON.stringify(result.enterprise.name)}`));
    }
    head.sizes = { result: Buffer.byteLength(texts[0]!), rendered: Object.fromEntries(Object.keys(head.sizes.rendered).map((key, index) => [key, Buffer.byteLength(texts[index + 1]!)])) };
    writeFileSync(path, `${JSON.stringify(head)}\n${texts.join('')}`);
  }
}
