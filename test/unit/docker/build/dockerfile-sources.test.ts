import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dockerfileSources } from '../../../../src/docker/build/dockerfile-sources.js';

describe('dockerfileSources', () => {
  const cases: { name: string; text: string; args?: Record<string, string>; want: string[] | RegExp }[] = [
    { name: 'one FROM', text: 'FROM debian:bookworm-slim\nRUN true\n', want: ['debian:bookworm-slim'] },
    {
      name: 'stages and COPY --from a stage or an image',
      text: [
        'FROM node:20 AS deps',
        'FROM deps as build',
        'COPY --from=deps /a /b',
        'COPY --from=busybox:1.36 /bin/sh /sh',
        'FROM scratch',
        'COPY --from=0 /x /x',
        'COPY --from=build /y /y',
      ].join('\n'),
      want: ['node:20', 'busybox:1.36'],
    },
    {
      name: 'ARG before FROM, with a default and a build arg',
      text: 'ARG BASE=debian\nARG TAG\nFROM --platform=$BUILDPLATFORM ${BASE}:${TAG:-12}\n',
      args: { TAG: 'bookworm' },
      want: ['debian:bookworm'],
    },
    { name: 'an unset variable', text: 'FROM $IMAGE\n', want: /unset variable/ },
    {
      name: 'RUN --mount from an image, continuation lines, comments',
      text: 'FROM alpine\n# FROM nope\nRUN --mount=type=bind,from=golang:1.22,source=/usr/local/go,target=/go \\\n  ls /go\n',
      want: ['alpine', 'golang:1.22'],
    },
    {
      name: 'ADD of a URL',
      text: 'FROM alpine\nADD https://example.com/x.tgz /x\n',
      want: /reads from the network/,
    },
    {
      name: 'a heredoc body is not instructions',
      text: 'FROM alpine\nRUN <<EOF\nFROM not-an-image\nEOF\nCOPY <<-"END" /f\n  FROM nor-this\n  END\n',
      want: ['alpine'],
    },
    {
      name: 'the escape directive',
      text: '# escape=`\nFROM mcr.microsoft.com/windows/servercore `\n  AS base\nCOPY --from=base C:\\a C:\\b\n',
      want: ['mcr.microsoft.com/windows/servercore'],
    },
  ];
  for (const { name, text, args, want } of cases) {
    test(name, () => {
      const sources = dockerfileSources(text, args);
      if (want instanceof RegExp) {
        assert.equal(sources.kind, 'unknown');
        assert.match(sources.kind === 'unknown' ? sources.reason : '', want);
      } else assert.deepEqual(sources, { kind: 'images', images: want });
    });
  }
});
