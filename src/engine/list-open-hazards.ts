import { locatePointer, type SourceLocation, type SourceMap } from '../input/index.js';

/** One entry of the hazard ledger (隐患排查治理台账) not yet closed: what the four lists carry beside the findings. */
export interface LedgerHazard {
  id: string;
  description: string;
  /** 一般 or 重大, as the ledger says. */
  level: string;
  foundOn?: string;
  deadline?: string;
  /** 未整改 or 整改中. */
  status: string;
  /** The day it was reported to the supervising department; none when it was not. */
  reportedToRegulator?: string;
  owner?: string;
  pointer: string;
  location?: SourceLocation;
}

const CLOSED = '已整改';

/**
 * The hazard ledger's entries whose status is not 已整改, in ledger order. A closing date alone does not close
 * an entry: the ledger's status is what the enterprise declares, and the rules judge whether the two agree.
 */
export function listOpenHazards(data: Record<string, unknown>, sourceMap: SourceMap): LedgerHazard[] {
  const ledger = Array.isArray(data.hazards) ? data.hazards : [];
  return ledger.flatMap((entry, index) => {
    if (!entry || typeof entry !== 'object') return [];
    const value = entry as Record<string, unknown>;
    const text = (key: string) => (typeof value[key] === 'string' && value[key] !== '' ? (value[key] as string) : undefined);
    if (text('status') === CLOSED) return [];
    const pointer = `/hazards/${index}`;
    const location = locatePointer(sourceMap, pointer);
    const optional = (key: 'foundOn' | 'deadline' | 'reportedToRegulator' | 'owner') => (text(key) !== undefined ? { [key]: text(key) } : {});
    return [{
      id: text('id') ?? `#${index}`,
      description: text('description') ?? '',
      level: text('level') ?? '',
      status: text('status') ?? '',
      ...optional('foundOn'), ...optional('deadline'), ...optional('reportedToRegulator'), ...optional('owner'),
      pointer,
      ...(location ? { location } : {}),
    }];
  });
}
