/** Everything the CLI touches outside itself, passed in so tests can run `main` in-process. */
export interface CliIo {
  /** `once('drain')` where writing can wait for a slow reader (a pipe), so a large report is not queued whole. */
  stdout: { write(text: string): unknown; isTTY?: boolean; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
  /** The script the process was started with (process.argv[1]): decides the command named in messages (command-name.ts). */
  script?: string;
  /** What `check -` reads one assessment from; absent when there is no standard input to read. */
  stdin?: AsyncIterable<Uint8Array | string>;
}
