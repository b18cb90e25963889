#!/usr/bin/env bash
# Makes debian:bookworm-slim from Debian's packages when the engine lacks it (no registry can be reached
# here; on GitHub's runners the same tag is pulled). Idempotent.
set -euo pipefail
image="${BASE_IMAGE:-debian:bookworm-slim}"
if docker image inspect "$image" >/dev/null 2>&1; then
  echo "$image present"
  exit 0
fi
# A developer machine that reaches Docker Hub just pulls it; CI here reaches no registry, so it never asks.
if [ -z "${CI:-}" ] && docker pull "$image" >/dev/null 2>&1; then
  echo "$image pulled"
  exit 0
fi
command -v debootstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
rootfs="$(mktemp -d)"
trap 'rm -rf "$rootfs"' EXIT
mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)"
debootstrap --variant=minbase bookworm "$rootfs" ${mirror:+"$mirror"} >/dev/null
# The image must reach the same mirror the host uses, as a pulled image reaches the public one.
cp /etc/apt/sources.list.d/debian.sources "$rootfs/etc/apt/sources.list.d/" 2>/dev/null || true
[ -f /etc/apt/sources.list ] && cp /etc/apt/sources.list "$rootfs/etc/apt/sources.list" || true
cp /etc/apt/apt.conf.d/99artifact-registry "$rootfs/etc/apt/apt.conf.d/" 2>/dev/null || true
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
tar -C "$rootfs" -c . | docker import --change 'CMD ["bash"]' - "$image" >/dev/null
echo "$image made from debootstrap"
