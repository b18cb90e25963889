#!/usr/bin/env bash
# Builds docker compose v2 from the Go module proxy and installs it as the docker CLI plugin, when it is
# missing: the peer our users compare us with on GitHub's runners. `go install …@v2.40.3` refuses a module
# whose go.mod has `exclude` directives, so it builds through a throwaway wrapper module that repeats them.
# Usage: bash bench/compose-v2/install.sh   (prints the plugin's path on its last line)
set -euo pipefail
version=v2.40.3
plugin_dir="${DOCKER_CONFIG:-$HOME/.docker}/cli-plugins"
plugin="$plugin_dir/docker-compose"
if [ -x "$plugin" ] && "$plugin" version --short 2>/dev/null | grep -qx "${version#v}"; then
  echo "$plugin"
  exit 0
fi
echo "compose $version is not installed as a docker CLI plugin: building it from the Go module proxy (about 8 minutes cold)" >&2
started=$SECONDS
work="${XDG_CACHE_HOME:-$HOME/.cache}/inception/compose-v2-$version"
mkdir -p "$work"
cat >"$work/go.mod" <<MOD
module inception.local/compose-v2-build

go 1.24.9

require github.com/docker/compose/v2 $version

exclude (
	github.com/davecgh/go-spew v1.1.2-0.20180830191138-d8f796af33cc
	github.com/pmezard/go-difflib v1.0.1-0.20181226105442-5d4384ee4fb2
)
MOD
cd "$work"
GOFLAGS=-mod=mod go mod download github.com/docker/compose/v2
GOFLAGS=-mod=mod go get "github.com/docker/compose/v2/cmd@$version" >&2
CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath \
  -ldflags "-s -w -X github.com/docker/compose/v2/internal.Version=$version" \
  -o "$work/docker-compose" github.com/docker/compose/v2/cmd
mkdir -p "$plugin_dir"
install -m 0755 "$work/docker-compose" "$plugin"
echo "compose $version built and installed in $((SECONDS - started)) s" >&2
echo "$plugin"
