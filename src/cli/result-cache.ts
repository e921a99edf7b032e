// `check --cache [DIR]`: an enterprise whose files are byte for byte those of an earlier run, checked by the
// same build, packs, audit date, size limit and waivers, takes that run's result instead of being evaluated.
// An entry records every file the check read (the YAML and its ledgers) with its digest, and the names of the
// ledgers and workbooks in the YAML's folder (one added beside it is read or warned about); any difference is
// a miss. A file whose stamp (inode, size, times) is still the one recorded, and that had last changed well
// before the entry was written, is not read again to compare its digest (as git trusts its index). Other files — reports written beside the enterprises, the cache folder itself — do not count. Entries are
// written atomically; one that cannot be read is a miss, and a cache that cannot be written never fails a run.
// Entries are read and written synchronously, as a check reads its files: a few small files each, for which a
// trip through the thread pool cost more than the reading (a cold run of 1,000 enterprises took 40 % longer).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EnterpriseResult } from '../engine/index.js';
import { digestOf, type EnterpriseDigest } from '../report/index.js';
import { WORKBOOK } from '../input/index.js';
import { buildId, bytesDigest } from '../rules/index.js';
import { bytesOf, type ResultCodec, type Text } from './result-text.js';
import type { RenderResult } from './render-results.js';

/**
 * An entry is this head on a line, then the result's JSON, which a hit hands to the spool as it is (never
 * parsed and written again), with its part of the run's overview, then the result's text in each format kept
 * (render-results.ts). `sizes` says where each ends.
 */
interface EntryHead {
  /** Each file the check read, with its digest and its stamp when stored (`stampOf`). */
  read: { path: string; digest: string; stamp: string }[];
  listing: string;
  digest: EnterpriseDigest;
  /** In bytes: the result's JSON, and each kept text in order. */
  sizes: { result: number; rendered: Record<string, number> };
}

/**
 * A result as JSON text, with its part of the run's overview: what the cache keeps and a worker hands back. A
 * text from the cache stays the UTF-8 bytes it was read as, on its way to the spool's file.
 */
export interface SerializedResult {
  text: Text;
  digest: EnterpriseDigest;
  /** The result as formats wrote it, by `renderKey`, where the run keeps such texts. */
  rendered?: Record<string, Text>;
}

/** A result as the cache and the spool keep it (result-text.ts), with its texts when `render` is given. */
export const serializeResult = (result: EnterpriseResult, codec: ResultCodec, render?: RenderResult): SerializedResult => ({
  text: codec.write(result),
  digest: digestOf(result),
  ...(render ? { rendered: render(result) } : {}),
});

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** A file's device, inode, size and times (in nanoseconds): a file that still has them all has not been written since. */
const stampOf = (info: BigIntStats): string => `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;

/**
 * A file last changed this long before its entry was written is taken as unchanged while its stamp is the
 * same, and is not read again: a later write moves its modification and change times past the entry's. One
 * changed closer to the entry could be written again within the same tick of a coarse clock (FAT's is two
 * seconds), leaving its times as they were: it is read and its digest compared, as every file is when its
 * stamp differs (a checkout, a copy, another machine).
 */
const SETTLED_NS = 2_000_000_000n;

const settledBefore = (info: BigIntStats, written: bigint): boolean => info.mtimeNs + SETTLED_NS < written && info.ctimeNs + SETTLED_NS < written;

export class ResultCache {
  private readonly listings = new Map<string, string>();
  private madeDir = false;

  private constructor(private readonly dir: string, private readonly runKey: string, private readonly listed: ReadonlyMap<string, string[]>) {}

  /**
   * A cache for this run, or undefined when the build has no identity (then nothing could be trusted). `listed`:
   * folders the run has listed already (the search for assessments), by path.
   */
  static open(
    dir: string,
    run: { packs: readonly { file: string; digest: string }[]; asOf: string; maxBytes: number; waivers: unknown; keepPasses: boolean; adjustments?: unknown },
    listed: ReadonlyMap<string, string[]> = new Map(),
  ): ResultCache | undefined {
    const build = buildId();
    if (!build) return undefined;
    const packs = run.packs.map((pack) => `${pack.file}:${pack.digest}`);
    const key = digest(JSON.stringify({ build, packs, asOf: run.asOf, maxBytes: run.maxBytes, waivers: run.waivers, keepPasses: run.keepPasses, ...(run.adjustments ? { adjustments: run.adjustments } : {}) }));
    return new ResultCache(dir, key, listed);
  }

  private entryPath(file: string, shown: string): string {
    return join(this.dir, `${digest(`${this.runKey}\0${file}\0${shown}`)}.json`);
  }

  /** The names of the ledgers and workbooks in a folder (what the check reads or warns about), once per run. */
  private listing(folder: string): string {
    let listed = this.listings.get(folder);
    if (listed === undefined) {
      const relevant = (name: string) => !name.startsWith('.') && !name.startsWith('~$') && (/\.csv$/i.test(name) || WORKBOOK.test(name));
      try {
        listed = digest((this.listed.get(folder) ?? readdirSync(folder)).filter(relevant).sort().join('\0'));
      } catch {
        listed = '';
      }
      this.listings.set(folder, listed);
    }
    return listed;
  }

  lookup(file: string, shown: string): SerializedResult | undefined {
    try {
      // Read as bytes: only the head is decoded, and the texts go to the spool's file as they are.
      const entry = this.entryPath(file, shown);
      // Its time before its bytes: an entry written again in between only makes the files' stamps trusted less.
      const writtenNs = statSync(entry, { bigint: true }).mtimeNs;
      const content = readFileSync(entry);
      const end = content.indexOf(0x0a);
      if (end < 0) return undefined;
      const head = JSON.parse(content.toString('utf8', 0, end)) as EntryHead;
      if (head.listing !== this.listing(dirname(file))) return undefined;
      for (const { path, digest: expected, stamp } of head.read) {
        const info = statSync(path, { bigint: true });
        // A file that is no longer a regular file (a FIFO put in its place would block the read) is a miss.
        if (!info.isFile()) return undefined;
        if (stamp === stampOf(info) && settledBefore(info, writtenNs)) continue;
        if (bytesDigest(readFileSync(path)) !== expected) return undefined;
      }
      let at = end + 1;
      const text = content.subarray(at, (at += head.sizes.result));
      const rendered: Record<string, Text> = {};
      for (const [key, size] of Object.entries(head.sizes.rendered)) rendered[key] = content.subarray(at, (at += size));
      // An entry cut short or with more in it than its head says is a miss.
      return at === content.length ? { text, digest: head.digest, rendered } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keep a result for the next run. */
  store(file: string, shown: string, result: SerializedResult, read: readonly string[]): void {
    const target = this.entryPath(file, shown);
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      const text = bytesOf(result.text);
      const rendered = Object.entries(result.rendered ?? {}).map(([key, kept]) => [key, bytesOf(kept)] as const);
      const sizes = { result: text.length, rendered: Object.fromEntries(rendered.map(([key, bytes]) => [key, bytes.length])) };
      // Each file's stamp is taken before its bytes are read: a write in between leaves a stamp that no longer fits.
      const files = read.map((path) => ({ path, stamp: stampOf(statSync(path, { bigint: true })), digest: bytesDigest(readFileSync(path)) }));
      const head: EntryHead = { read: files, listing: this.listing(dirname(file)), digest: result.digest, sizes };
      if (!this.madeDir) mkdirSync(this.dir, { recursive: true });
      this.madeDir = true;
      writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), text, ...rendered.map(([, bytes]) => bytes)]));
      renameSync(temporary, target);
    } catch {
      // A cache that cannot be written costs the next run time, never this run its result.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nor does a temporary file that cannot be removed.
      }
    }
  }
}
