import { spawn } from 'node:child_process';

const TAIL_CHARS = 4000;

/** Runs a command to completion and returns its stdout; throws with the output's tail when it fails. */
export function runCommand(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve(stdout);
      const line = [command, ...args].join(' ');
      reject(new Error(`\`${line}\` exited with ${code}:\n${output.slice(-TAIL_CHARS)}`));
    });
  });
}
