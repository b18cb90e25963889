import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { LABEL_ENVIRONMENT, LABEL_SERVICE, labelFilter } from '../../src/shared/identity/labels.js';
import { startCli } from '../support/cli-process.js';
import { docker, EnvironmentNames, resourcesLabelled } from '../support/docker.js';

const names = new EnvironmentNames();
after(() => names.removeAll());
const folder = mkdtempSync(path.join(os.tmpdir(), 'inception-develop-watch-'));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  writeFileSync(path.join(folder, file), text);
}

/** web answers every request with the greeting it read from /etc/web.conf when it started, then every
 * /srv/public/*.txt as it is now: a sync shows at once, a restart shows in the greeting. */
write(
  'web/server.pl',
  `use IO::Socket::INET;
open(my $conf, '<', '/etc/web.conf') or die "no conf: $!";
my $greeting = <$conf>; chomp $greeting; close $conf;
my $server = IO::Socket::INET->new(LocalPort => 8080, Listen => 5, ReuseAddr => 1) or die "listen: $!";
$| = 1;
print "listening, greeting $greeting\\n";
while (my $client = $server->accept) {
  while (my $line = <$client>) { last if $line =~ /^\\r?$/; }
  my $body = '';
  for my $file (sort glob('/srv/public/*.txt')) { open(my $in, '<', $file); local $/; $body .= <$in>; }
  $body =~ s/\\n/ /g;
  print $client "HTTP/1.0 200 OK\\r\\n\\r\\ngreeting=$greeting page=[$body]\\n";
  close $client;
}
`,
);
write('web/web.conf', 'hello\n');
write('web/public/index.txt', 'one\n');
write('web/src/part.txt', 'bundled\n');
write('web/build-id', '1\n');
write(
  'web/Dockerfile',
  `FROM debian:bookworm-slim
COPY server.pl /server.pl
COPY web.conf /etc/web.conf
COPY public /srv/public
COPY build-id /build-id
RUN chown -R 1000:1000 /srv
CMD ["perl", "/server.pl"]
`,
);
write('web/.dockerignore', 'public/secret.txt\n');
write('tests/Dockerfile', 'FROM debian:bookworm-slim\nCOPY fetch.sh /fetch.sh\nCMD ["bash", "/fetch.sh"]\n');
write(
  'tests/fetch.sh',
  'exec 3<>/dev/tcp/web/8080; printf "GET / HTTP/1.0\\r\\n\\r\\n" >&3; answer=$(grep greeting= <&3)\n' +
    'echo "$answer"; case "$answer" in *broken*) exit 3 ;; esac\n',
);
write(
  'compose.yml',
  `services:
  web:
    build: ./web
    init: true
    user: "1000:1000"
    x-inception: { wait: { log: listening }, timeout: 60s }
    develop:
      watch:
        - path: ./web/public
          action: sync
          target: /srv/public
          ignore: ["*.tmp"]
        - path: ./web/web.conf
          action: sync+restart
          target: /etc/web.conf
        - path: ./web/src
          action: sync+exec
          target: /srv/src
          exec:
            command: ["sh", "-c", "cat /srv/src/*.txt > /srv/public/bundle.txt"]
        - path: ./web/build-id
          action: rebuild
`,
);
write(
  'inception.yml',
  `compose: compose.yml
images:
  - { name: develop-watch-tests, context: tests }
tests:
  image: develop-watch-tests
`,
);

async function webContainer(environment: string): Promise<string | undefined> {
  const containers = await docker.listContainers({ filters: JSON.stringify(labelFilter(environment)) });
  return containers.find((info) => info.Labels[LABEL_SERVICE] === 'web')?.Id;
}

/** The n-th run's answer line, once it is there. */
const runs = (output: string) => [...output.matchAll(/^.*greeting=(\S+) page=\[(.*)\]$/gm)];

describe('inception watch: the services’ develop.watch rules, with the tests in the loop', () => {
  test('sync, removal, ignore, sync+restart, sync+exec and rebuild each do what compose does; a failed run writes diagnostics; SIGINT: nothing left', async () => {
    const environment = names.next('cli-dev-watch');
    const cli = startCli(['watch', '--name', environment], { cwd: folder });
    /** The answer of the `count`-th test run is `expected` ("greeting page"). */
    const answers = async (count: number, expected: string, why: string) => {
      await cli.waitFor(new RegExp(`(greeting=[\\s\\S]*){${count}}`), 180_000);
      const answer = runs(cli.output()).at(count - 1)!;
      assert.equal(`${answer[1]} ${answer[2]!.trim()}`, expected, `${why}\n${cli.output()}`);
    };
    try {
      await answers(1, 'hello one', 'run 1');
      const first = await webContainer(environment);
      assert.ok(first, cli.output());

      write('web/public/index.txt', 'two\n');
      await answers(2, 'hello two', 'a synced file shows without a restart');
      assert.match(cli.output(), /web: synced \(copied 1 file\(s\)\)/);
      const owner = execFileSync('docker', ['exec', first, 'stat', '-c', '%u:%g', '/srv/public/index.txt']);
      assert.equal(owner.toString().trim(), '1000:1000', 'a synced file belongs to the container’s user');

      write('web/public/extra.txt', 'extra\n');
      await answers(3, 'hello extra two', 'run 3');
      rmSync(path.join(folder, 'web/public/extra.txt'));
      await answers(4, 'hello two', 'a file deleted here is removed in the container');
      assert.match(cli.output(), /web: synced \(removed 1\)/);

      write('web/public/index.txt', 'broken\n');
      await answers(5, 'hello broken', 'a failing run');
      await cli.waitFor(/diagnostics: .*\(start with index\.md\)/);
      const diagnostics = path.join(folder, '.inception/diagnostics', environment);
      assert.match(readFileSync(path.join(diagnostics, 'index.md'), 'utf8'), /web/);

      write('web/public/draft.tmp', 'ignored by the rule\n');
      write('web/public/secret.txt', 'ignored by .dockerignore\n');
      write('web/public/index.txt', 'three\n');
      await answers(6, 'hello three', 'ignored files are not synced');
      const syncs = cli.output().match(/^web: synced .*$/gm) ?? [];
      assert.equal(syncs.at(-1), 'web: synced (copied 1 file(s))', 'only index.txt of the three was copied');
      assert.equal(await webContainer(environment), first, 'syncs leave the container in place');

      write('web/web.conf', 'howdy\n');
      await answers(7, 'howdy three', 'sync+restart: the restarted server read the new file');
      assert.match(cli.output(), /web: restarted, log line \/listening\/ after/);
      assert.equal(await webContainer(environment), first, 'a restart keeps the container');

      write('web/src/part.txt', 'made by exec\n');
      await answers(8, 'howdy made by exec three', 'run 8');
      assert.match(cli.output(), /web: ran `sh -c cat \/srv\/src\/\*\.txt > \/srv\/public\/bundle\.txt`/);

      write('web/build-id', '2\n');
      await cli.waitFor(/rebuilding web: a develop\.watch rebuild rule took the change/, 60_000);
      // The new image holds what is on disk now; bundle.txt was only ever in the old container.
      await answers(9, 'howdy three', 'run 9');
      assert.notEqual(await webContainer(environment), first, 'rebuild replaced the container');
      assert.doesNotMatch(cli.output(), /\bERROR\b|error:/i);
    } finally {
      cli.child.kill('SIGINT');
    }
    const { code } = await cli.exited;
    assert.equal(code, 130, cli.output());
    assert.deepEqual(await resourcesLabelled(`${LABEL_ENVIRONMENT}=${environment}`), {
      containers: [],
      networks: [],
      volumes: [],
    });
  });
});
