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
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Write a V8 CPU profile of the server process into this folder. */
  cpuProfDir?: string;
  env?: NodeJS.ProcessEnv;
}

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));

/** Starts one peer in a child process and resolves once it listens. */
export function startPeer(peer: Peer, options: StartOptions = {}): Promise<RunningPeer> {
  const execArgv = ['--import', 'tsx', ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [])];
  const child = fork(SERVE, [peer], {
    execArgv,
    env: { ...process.env, NODE_ENV: 'production', ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
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
        cpuMicros: () =>
          new Promise<number>((done) => {
            const onMessage = (m: { cpuMicros?: number }) => {
              if (m.cpuMicros === undefined) return;
              child.off('message', onMessage);
              done(m.cpuMicros);
            };
            child.on('message', onMessage);
            child.send('cpu');
          }),
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
