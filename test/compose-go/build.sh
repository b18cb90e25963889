#!/usr/bin/env bash
# Builds compose-go's loader (the one `docker compose` v2.40 uses) wrapped as test/compose-go/main.go, once per
# version of this folder: ~/.cache/inception/compose-go/<hash>/loader. The differential test runs it.
# Idempotent: an existing binary for the same sources is kept. Prints the binary's path on stdout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v go >/dev/null || export PATH="/usr/local/go/bin:$PATH"
hash="$(cat "$here/go.mod" "$here/go.sum" "$here/main.go" | sha256sum | cut -c1-16)"
out="${INCEPTION_CACHE:-$HOME/.cache/inception}/compose-go/$hash"
if [ -x "$out/loader" ]; then
  echo "compose-go loader up to date" >&2
else
  started=$SECONDS
  mkdir -p "$out"
  (cd "$here" && CGO_ENABLED=0 GOFLAGS="${GOFLAGS:-} -mod=mod" GOPROXY="$(go env GOPROXY)" \
    nice -n 10 go build -ldflags "-s -w" -o "$out/loader.tmp" .)
  mv "$out/loader.tmp" "$out/loader"
  echo "compose-go loader built in $((SECONDS - started))s" >&2
fi
echo "$out/loader"
