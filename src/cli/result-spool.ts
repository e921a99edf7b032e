// The enterprises of a run, put aside in a temporary file as they are checked (in whatever order the workers
// finish) and read back in run order, one at a time, by each report: a run of thousands holds one enterprise
// at a time, never all of them — and between two, the heap governor keeps the garbage of the last one from
// piling up. The file is removed when the run ends, or by the signal handler if it is cut short.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnterpriseResult } from '../engine/index.js';
import { addDigest, addToOverview, emptyOverview, type EnterpriseDigest, type EnterpriseList } from '../report/index.js';
import { holdTemporary, releaseTemporary } from './write-files.js';
import { heapGovernor } from './heap-governor.js';
import { bytesOf, PLAIN_JSON, type ResultCodec, type Text } from './result-text.js';

/** Where a text is in the spool's file: [offset, length] in bytes. */
type Span = [number, number];

/** A result put aside, and the texts formats wrote for it, by `renderKey`. */
interface Spooled {
  result: Span;
  rendered: Record<string, Span>;
}

export class ResultSpool implements EnterpriseList {
  /**
   * Per place in the run: where its result is in the file, as [offset, length], with where each of its kept
   * texts is (render-results.ts); or `held` for the one kept in memory.
   */
  private readonly entries: (Spooled | 'held' | undefined)[] = [];
  /**
   * The result added last stays in memory until another comes: a run of one enterprise (a carrier with a
   * 50,000-trip log) is never written out and read back once per report.
   */
  private held: { place: number; result: EnterpriseResult } | undefined;
  /** Verdicts, sectors, rules run and packs with findings, gathered as results are added. */
  readonly overview = emptyOverview();
  private size = 0;
  private count = 0;

  private readonly heap = heapGovernor();

  private constructor(private readonly folder: string, private readonly fd: number, private readonly codec: ResultCodec) {}

  /** A spool writing results with `codec`: a `check`'s without what its rules say, others as plain JSON. */
  static open(codec: ResultCodec = PLAIN_JSON): ResultSpool {
    const folder = mkdtempSync(join(tmpdir(), 'safety-audit-'));
    holdTemporary(folder);
    return new ResultSpool(folder, openSync(join(folder, 'results.ndjson'), 'w+'), codec);
  }

  get length(): number {
    return this.count;
  }

  /** The result of the enterprise at `place` in the run. */
  add(place: number, result: EnterpriseResult): void {
    if (!this.entries[place]) this.count += 1;
    addToOverview(this.overview, result);
    if (this.held) this.write(this.held.place, this.held.result);
    this.held = { place, result };
    this.entries[place] = 'held';
    this.heap.between();
  }

  /**
   * A result already written by this spool's codec (from the cache or a worker), with its part of the overview
   * and the texts formats wrote for it (`rendered`, by `renderKey`): never parsed here.
   */
  addText(place: number, text: Text, digest: EnterpriseDigest, rendered: Record<string, Text> = {}): void {
    if (!this.entries[place]) this.count += 1;
    addDigest(this.overview, digest);
    const texts: Record<string, Span> = {};
    for (const key in rendered) texts[key] = this.append(rendered[key]!);
    this.entries[place] = { result: this.append(text), rendered: texts };
    this.heap.between();
  }

  private write(place: number, result: EnterpriseResult): void {
    this.entries[place] = { result: this.append(this.codec.write(result)), rendered: {} };
  }

  private append(text: Text): Span {
    const bytes = bytesOf(text);
    // A write may take only part (a full disk): go on until all is written or the system says why not.
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.size + done);
    const span: Span = [this.size, bytes.length];
    this.size += bytes.length;
    return span;
  }

  private read([offset, length]: Span): string {
    const bytes = Buffer.allocUnsafe(length);
    readSync(this.fd, bytes, 0, length, offset);
    return bytes.toString('utf8');
  }

  /** The places in the run that hold an enterprise, in order. */
  places(): number[] {
    return this.entries.flatMap((entry, place) => (entry ? [place] : []));
  }

  *[Symbol.iterator](): Iterator<EnterpriseResult> {
    for (const entry of this.entries) {
      if (!entry) continue;
      yield entry === 'held' ? this.held!.result : this.codec.read(this.read(entry.result));
      this.heap.between();
    }
  }

  /** Each enterprise as the text kept for it under `key`, where there is one (never read as a result then), else its result. */
  *renderedAs(key: string): Generator<EnterpriseResult | string> {
    for (const entry of this.entries) {
      if (!entry) continue;
      const kept = entry === 'held' ? undefined : entry.rendered[key];
      yield kept ? this.read(kept) : entry === 'held' ? this.held!.result : this.codec.read(this.read(entry.result));
      this.heap.between();
    }
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.folder, { recursive: true, force: true });
    releaseTemporary(this.folder);
  }
}
