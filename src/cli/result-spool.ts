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
import { PLAIN_JSON, type ResultCodec } from './result-text.js';

export class ResultSpool implements EnterpriseList {
  /** Per place in the run: where its result is in the file, as [offset, length], or `held` for the one kept in memory. */
  private readonly entries: ([number, number] | 'held' | undefined)[] = [];
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

  /** A result already written by this spool's codec (from the cache or a worker), with its part of the overview: never parsed here. */
  addText(place: number, text: string, digest: EnterpriseDigest): void {
    if (!this.entries[place]) this.count += 1;
    addDigest(this.overview, digest);
    this.writeText(place, text);
    this.heap.between();
  }

  private write(place: number, result: EnterpriseResult): void {
    this.writeText(place, this.codec.write(result));
  }

  private writeText(place: number, text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    // A write may take only part (a full disk): go on until all is written or the system says why not.
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, this.size + done);
    this.entries[place] = [this.size, bytes.length];
    this.size += bytes.length;
  }

  /** The places in the run that hold an enterprise, in order. */
  places(): number[] {
    return this.entries.flatMap((entry, place) => (entry ? [place] : []));
  }

  *[Symbol.iterator](): Iterator<EnterpriseResult> {
    for (const entry of this.entries) {
      if (!entry) continue;
      if (entry === 'held') yield this.held!.result;
      else {
        const bytes = Buffer.allocUnsafe(entry[1]);
        readSync(this.fd, bytes, 0, entry[1], entry[0]);
        yield this.codec.read(bytes.toString('utf8'));
      }
      this.heap.between();
    }
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.folder, { recursive: true, force: true });
    releaseTemporary(this.folder);
  }
}
