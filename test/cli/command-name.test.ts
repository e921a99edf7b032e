import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandName, withProgramName } from '../../src/cli/command-name.js';

describe('the command named in messages', () => {
  it.each([
    ['given a global install (the bin link)', '/usr/local/bin/safety-audit', {}, '/home/me', 'safety-audit'],
    ['given a Windows shim (node_modules path)', 'C:\\Users\\me\\AppData\\Roaming\\npm\\node_modules\\safety-audit\\bin\\safety-audit.js', {}, 'C:\\Users\\me', 'safety-audit'],
    ['given npx or npm exec', '/root/.npm/_npx/a96d/node_modules/.bin/safety-audit', { npm_command: 'exec' }, '/repo', 'npx safety-audit'],
    ['given node bin/safety-audit.js from the repository', '/repo/bin/safety-audit.js', {}, '/repo', 'node bin/safety-audit.js'],
    ['given the script outside the working folder', '/repo/bin/safety-audit.js', {}, '/tmp/plant', 'node /repo/bin/safety-audit.js'],
    ['given a path with a space', '/my repo/bin/safety-audit.js', {}, '/tmp', 'node "/my repo/bin/safety-audit.js"'],
    ['given no script (in-process)', undefined, {}, '/repo', 'safety-audit'],
  ])('%s, names %s', (_name, script, env, cwd, expected) => {
    expect(commandName({ script, env, cwd })).toBe(expected);
  });

  it('given help examples, starts each with the program name of the run', () => {
    const program = new Command('npx safety-audit');
    const check = program.command('check');
    const text = withProgramName('\nExample:\n  safety-audit check a.yaml\n  # then\n  safety-audit merge x.json')({ command: check });
    expect(text).toBe('\nExample:\n  npx safety-audit check a.yaml\n  # then\n  npx safety-audit merge x.json');
  });
});
