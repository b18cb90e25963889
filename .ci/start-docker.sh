#!/usr/bin/env bash
# Installs and starts a Docker engine that can run privileged containers (kind nodes) on this machine.
# Idempotent: an engine that already answers is left as it is.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if docker info >/dev/null 2>&1; then
  echo "docker engine already running"
  exit 0
fi
if ! command -v dockerd >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io docker-compose debootstrap >/dev/null
fi
install -D -m 0755 "$here/runc-drop-sys-resource" /usr/local/lib/inception/runc-drop-sys-resource
mkdir -p /var/log/inception
nohup dockerd \
  --add-runtime inception-runc=/usr/local/lib/inception/runc-drop-sys-resource \
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
