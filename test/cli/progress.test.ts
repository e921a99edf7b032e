import { describe, expect, it } from 'vitest';
import { startProgress } from '../../src/cli/progress.js';
import type { CliIo } from '../../src/cli/io.js';

function fakeIo(isTTY: boolean, env: Record<string, string> = {}) {
  let written = '';
  const io: CliIo = {
    stdout: { write: () => true },
    stderr: { isTTY, write: (text: string) => ((written += text), true) },
    env,
    cwd: '/',
    now: () => new Date(),
  };
  return { io, written: () => written };
}

describe('progress line', () => {
  it('given a terminal, draws the count of files on stderr and clears it when done', () => {
    const { io, written } = fakeIo(true);
    const progress = startProgress(io, 3);
    progress.tick();
    progress.tick();
    progress.tick();
    progress.stop();
    expect(written()).toContain('0/3');
  });

  it.each([
    ['stderr is not a terminal', false, {}],
    ['CI is set', true, { CI: 'true' }],
  ])('given %s, writes nothing', (_why, isTTY, env) => {
    const { io, written } = fakeIo(isTTY, env);
    const progress = startProgress(io, 3);
    progress.tick();
    progress.stop();
    expect(written()).toBe('');
  });
});
