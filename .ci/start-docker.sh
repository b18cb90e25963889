#!/usr/bin/env bash
# Installs and starts a Docker engine that can run privileged containers (kind nodes) on this machine.
# Idempotent: an engine that already answers is left as it is.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

wrapper=/usr/local/lib/inception/runc-drop-sys-resource

# The runtime wrapper, compiled (runc-wrapper/): the engine runs it for every container operation and every
# exec, and the interpreted one cost each call about half a second here. Built from the standard library
# only, cached by its source; the Python one stays as the fallback where Go is missing.
install_wrapper() {
  local source="$here/runc-drop-sys-resource"
  if command -v go >/dev/null; then
    local hash cache
    hash=$(cat "$here/runc-wrapper/go.mod" "$here/runc-wrapper/main.go" | sha256sum | cut -c1-16)
    cache="${XDG_CACHE_HOME:-$HOME/.cache}/inception/bin/runc-drop-sys-resource-$hash"
    if [ -x "$cache" ] || (cd "$here/runc-wrapper" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -o "$cache" .); then
      source="$cache"
    else
      echo "could not build the runtime wrapper; using the interpreted one" >&2
    fi
  fi
  # Replaced by a rename, so that a running engine's next call takes the new one and no call sees half a file.
  install -D -m 0755 "$source" "$wrapper.new"
  mv -f "$wrapper.new" "$wrapper"
  echo "runtime wrapper: $source"
}
install_wrapper

if docker info >/dev/null 2>&1; then
  echo "docker engine already running"
  exit 0
fi
if ! command -v dockerd >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io docker-compose debootstrap >/dev/null
fi
mkdir -p /var/log/inception
nohup dockerd \
  --add-runtime inception-runc="$wrapper" \
  --default-runtime inception-runc \
  --pidfile /var/run/inception-dockerd.pid \
  >/var/log/inception/dockerd.log 2>&1 &
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    echo "docker engine started (pid $(cat /var/run/inception-dockerd.pid))"
    exit 0
  fi
  sleep 0.5
done
echo "dockerd did not answer within 30s; its log:" >&2
tail -n 50 /var/log/inception/dockerd.log >&2
exit 1
