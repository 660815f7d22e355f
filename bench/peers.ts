import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PEERS = ['gateway', 'yoga', 'mercurius', 'apollo'] as const;
export type Peer = (typeof PEERS)[number];

export interface RunningPeer {
  peer: Peer;
  url: string;
  pid: number;
  /** CPU time (user + system, µs) the server process has used so far. */
  cpuMicros(): Promise<number>;
  /** RSS and heap in use of the server process, after a GC when it runs with --expose-gc. */
  memory(): Promise<{ rss: number; heap: number }>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Write a V8 CPU profile of the server process into this folder. */
  cpuProfDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Extra Node flags for the server process (e.g. --expose-gc). */
  execArgv?: string[];
}

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));

/** Starts one peer in a child process and resolves once it listens. */
export function startPeer(peer: Peer, options: StartOptions = {}): Promise<RunningPeer> {
  const execArgv = ['--import', 'tsx', ...(options.execArgv ?? []), ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [])];
  const child = fork(SERVE, [peer], {
    execArgv,
    env: { ...process.env, NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(question: string, answerKey: string) =>
    new Promise<T>((done) => {
      const onMessage = (m: Record<string, unknown>) => {
        if (!(answerKey in m)) return;
        child.off('message', onMessage);
        done(m as T);
      };
      child.on('message', onMessage);
      child.send(question);
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${peer} did not start within 60 s`)), 60_000);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${peer} exited with code ${code} before listening`)));
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      resolve({
        peer,
        url: `http://127.0.0.1:${message.port}/graphql`,
        pid: child.pid as number,
        cpuMicros: () => ask<{ cpuMicros: number }>('cpu', 'cpuMicros').then((m) => m.cpuMicros),
        memory: () => ask<{ rss: number; heap: number }>('memory', 'rss'),
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            // SIGTERM lets a --cpu-prof child write its profile on the way out.
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
