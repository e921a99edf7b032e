// `check --cache [DIR]`: an enterprise whose files are byte for byte those of an earlier run, checked by the
// same build, packs, audit date, size limit and waivers, takes that run's result instead of being evaluated.
// An entry records every file the check read (the YAML and its ledgers) with its digest, and the names of the
// ledgers and workbooks in the YAML's folder (one added beside it is read or warned about); any difference is
// a miss. Other files — reports written beside the enterprises, the cache folder itself — do not count. Entries are
// written atomically; one that cannot be read is a miss, and a cache that cannot be written never fails a run.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EnterpriseResult } from '../engine/index.js';
import { digestOf, type EnterpriseDigest } from '../report/index.js';
import { WORKBOOK } from '../input/index.js';
import { buildId, bytesDigest } from '../rules/index.js';
import type { ResultCodec } from './result-text.js';

/**
 * An entry is two lines: this head, then the result's JSON, which a hit hands to the spool as it is (never
 * parsed and written again), with its part of the run's overview.
 */
interface EntryHead {
  read: { path: string; digest: string }[];
  listing: string;
  digest: EnterpriseDigest;
}

/** A hit: the result's JSON and its part of the overview. */
/** A result as JSON text, with its part of the run's overview: what the cache keeps and a worker hands back. */
export interface SerializedResult {
  text: string;
  digest: EnterpriseDigest;
}

/** A result as the cache and the spool keep it (result-text.ts). */
export const serializeResult = (result: EnterpriseResult, codec: ResultCodec): SerializedResult => ({ text: codec.write(result), digest: digestOf(result) });


const digest = (text: string) => createHash('sha256').update(text).digest('hex');

export class ResultCache {
  private readonly listings = new Map<string, Promise<string>>();

  private constructor(private readonly dir: string, private readonly runKey: string) {}

  /** A cache for this run, or undefined when the build has no identity (then nothing could be trusted). */
  static open(dir: string, run: { packs: readonly { file: string; digest: string }[]; asOf: string; maxBytes: number; waivers: unknown; keepPasses: boolean; adjustments?: unknown }): ResultCache | undefined {
    const build = buildId();
    if (!build) return undefined;
    const packs = run.packs.map((pack) => `${pack.file}:${pack.digest}`);
    return new ResultCache(dir, digest(JSON.stringify({ build, packs, asOf: run.asOf, maxBytes: run.maxBytes, waivers: run.waivers, keepPasses: run.keepPasses, ...(run.adjustments ? { adjustments: run.adjustments } : {}) })));
  }

  private entryPath(file: string, shown: string): string {
    return join(this.dir, `${digest(`${this.runKey}\0${file}\0${shown}`)}.json`);
  }

  /** The names of the ledgers and workbooks in a folder (what the check reads or warns about), once per run. */
  private listing(folder: string): Promise<string> {
    let listed = this.listings.get(folder);
    if (!listed) {
      const relevant = (name: string) => !name.startsWith('.') && !name.startsWith('~$') && (/\.csv$/i.test(name) || WORKBOOK.test(name));
      listed = readdir(folder).then((names) => digest(names.filter(relevant).sort().join('\0')), () => '');
      this.listings.set(folder, listed);
    }
    return listed;
  }

  async lookup(file: string, shown: string): Promise<SerializedResult | undefined> {
    try {
      const content = await readFile(this.entryPath(file, shown), 'utf8');
      const end = content.indexOf('\n');
      if (end < 0) return undefined;
      const head = JSON.parse(content.slice(0, end)) as EntryHead;
      if (head.listing !== (await this.listing(dirname(file)))) return undefined;
      for (const { path, digest: expected } of head.read) if (bytesDigest(await readFile(path)) !== expected) return undefined;
      return { text: content.slice(end + 1), digest: head.digest };
    } catch {
      return undefined;
    }
  }

  /** Stores under way: `flush` waits for them. */
  private readonly writing = new Set<Promise<void>>();

  /** Keep a result for the next run, in the background; `flush` waits for every store to end. */
  store(file: string, shown: string, result: SerializedResult, read: readonly string[]): void {
    const stored = this.write(file, shown, result, read).finally(() => this.writing.delete(stored));
    this.writing.add(stored);
  }

  async flush(): Promise<void> {
    await Promise.all(this.writing);
  }

  private async write(file: string, shown: string, result: SerializedResult, read: readonly string[]): Promise<void> {
    try {
      const head: EntryHead = {
        read: await Promise.all(read.map(async (path) => ({ path, digest: bytesDigest(await readFile(path)) }))),
        listing: await this.listing(dirname(file)),
        digest: result.digest,
      };
      const target = this.entryPath(file, shown);
      await mkdir(this.dir, { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(head)}\n${result.text}`);
      await rename(temporary, target);
    } catch {
      // A cache that cannot be written costs the next run time, never this run its result.
    }
  }
}
