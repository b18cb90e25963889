#!/usr/bin/env bash
# Builds, without any container registry, everything a real kind cluster needs:
#   - the kind binary,
#   - a kind node image (Kubernetes, etcd, CoreDNS, pause, our CNI agent) assembled from Debian packages
#     and Go modules, usable with `kind create cluster --image <it>`.
# Idempotent and cached: the node image is tagged with a hash of the versions and recipe files, so a
# second run with unchanged inputs only checks that it exists. Go's module and build caches stay in their
# default places. See README.md beside this file.
#
# Prints, as its last three lines:
#   KIND=<path of the kind binary>
#   NODE_IMAGE=<node image reference>
#   KUBECTL=<path of a kubectl of the same Kubernetes version>
# and writes the same lines to $CACHE/env.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

KIND_VERSION=v0.29.0
K8S_VERSION=v1.33.1
K8S_STAGING_VERSION=v0.33.1 # k8s.io/<staging module> versions that match K8S_VERSION
ETCD_VERSION=3.5.21         # what kubeadm v1.33 expects (image tag 3.5.21-0)
ETCD_CLIENT_V2_VERSION=v2.305.21
COREDNS_VERSION=v1.12.0     # what kubeadm v1.33 expects
PAUSE_VERSION=3.10          # what kubeadm v1.33 expects
CRICTL_VERSION=v1.30.0      # the newest cri-tools the Go module proxy serves here
CRICTL_STAGING_VERSION=v0.30.0
LOCAL_PATH_VERSION=v0.0.30  # rancher local-path-provisioner (the default StorageClass)
BASE_IMAGE="${BASE_IMAGE:-debian:bookworm-slim}"

CACHE="${INCEPTION_KIND_CACHE:-$HOME/.cache/inception/kind}"
BIN_DIR="${INCEPTION_BIN_DIR:-$HOME/.cache/inception/bin}"
NODE_REPO="${INCEPTION_NODE_REPO:-inception/kind-node}"

command -v go >/dev/null || export PATH="/usr/local/go/bin:$PATH"
export CGO_ENABLED=0 GOFLAGS="${GOFLAGS:-} -mod=mod"
mkdir -p "$CACHE" "$BIN_DIR"
# One build at a time per cache: concurrent runs would share temporary image tags and the builder
# container. A second run waits here, then finds the node image up to date.
exec 9>"$CACHE/build.lock"
if ! flock -n 9; then
  echo "another build.sh is running; waiting for it"
  flock 9
fi

# ---------------------------------------------------------------------------------------------------------
stage_started=0
stage() { stage_name="$1"; stage_started=$(date +%s); echo "==> $stage_name"; }
stage_done() { echo "<== $stage_name: $(( $(date +%s) - stage_started ))s${1:+ ($1)}"; }
build_started=$(date +%s)
# reports TEXT CMD...: CMD runs and its output contains TEXT (output captured whole: a `| grep -q` could
# end CMD with SIGPIPE, which pipefail would count as a failure).
reports() { local text="$1" output; shift; output="$("$@" 2>/dev/null)" || return 1; [[ "$output" == *"$text"* ]]; }
gobuild() { nice -n 10 go build -ldflags "-s -w ${LDFLAGS:-}" "$@"; }

# The node image's tag: every version above plus every recipe file (this script included).
recipe_hash() {
  {
    echo "$KIND_VERSION $K8S_VERSION $K8S_STAGING_VERSION $ETCD_VERSION $ETCD_CLIENT_V2_VERSION"
    echo "$COREDNS_VERSION $PAUSE_VERSION $CRICTL_VERSION $CRICTL_STAGING_VERSION $LOCAL_PATH_VERSION $BASE_IMAGE"
    docker image inspect --format '{{.Id}}' "$BASE_IMAGE" 2>/dev/null || echo "no-base"
    (cd "$here" && find build.sh node images cni-agent -type f | LC_ALL=C sort | xargs sha256sum)
  } | sha256sum | cut -c1-12
}

# ---------------------------------------------------------------------------------------------------------
stage "kind $KIND_VERSION"
KIND="$BIN_DIR/kind"
if reports "kind $KIND_VERSION " "$KIND" version; then
  stage_done "cached: $KIND"
else
  GOBIN="$BIN_DIR" nice -n 10 go install "sigs.k8s.io/kind@$KIND_VERSION"
  stage_done "built: $KIND"
fi

stage "base image $BASE_IMAGE"
if ! docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
  if [[ -x "$repo/.ci/make-base-image.sh" ]]; then
    BASE_IMAGE="$BASE_IMAGE" "$repo/.ci/make-base-image.sh"
  else
    echo "$BASE_IMAGE is missing and cannot be made here" >&2
    exit 1
  fi
fi
stage_done

hash="$(recipe_hash)"
out="$CACHE/out"
k8s_bin="$out/k8s-$K8S_VERSION"
KUBECTL="$k8s_bin/kubectl"
NODE_IMAGE="$NODE_REPO:${K8S_VERSION}-${hash}"
finish() {
  printf 'KIND=%s\nNODE_IMAGE=%s\nKUBECTL=%s\n' "$KIND" "$NODE_IMAGE" "$KUBECTL" | tee "$CACHE/env"
  echo "total: $(( $(date +%s) - build_started ))s" >&2
}
if docker image inspect "$NODE_IMAGE" >/dev/null 2>&1; then
  echo "node image $NODE_IMAGE is up to date"
  finish
  exit 0
fi
echo "node image $NODE_IMAGE must be built"

mkdir -p "$out"

# ---------------------------------------------------------------------------------------------------------
# Kubernetes: k8s.io/kubernetes cannot be `go install`ed (its go.mod replaces the staging modules with
# local paths), so a wrapper module requires it and points every staging module at its published version.
stage "kubernetes $K8S_VERSION binaries"
k8s_src="$CACHE/src/k8s-$K8S_VERSION"
mkdir -p "$k8s_src"
k8s_mod="$(cd "$k8s_src" && GOFLAGS= go mod download -json "k8s.io/kubernetes@$K8S_VERSION")"
k8s_dir="$(sed -n 's/^\t"Dir": "\(.*\)",$/\1/p' <<<"$k8s_mod")"
k8s_commit="$(sed -n 's/^\t\t"Hash": "\(.*\)",$/\1/p' <<<"$k8s_mod")"
k8s_date="$(sed -n 's/.*"Time":"\([^"]*\)".*/\1/p' "$(sed -n 's/^\t"Info": "\(.*\)",$/\1/p' <<<"$k8s_mod")")"
{
  printf 'module inception.local/k8s-build\n\ngo 1.24.0\n\ngodebug default=go1.24\n\n'
  printf 'require k8s.io/kubernetes %s\n\nreplace (\n' "$K8S_VERSION"
  sed -n "s#^[[:space:]]*\(k8s.io/[a-z0-9-]*\) => ./staging/.*#\t\1 => \1 $K8S_STAGING_VERSION#p" "$k8s_dir/go.mod"
  printf ')\n'
} >"$k8s_src/go.mod.new"
cmp -s "$k8s_src/go.mod.new" "$k8s_src/go.mod" || mv "$k8s_src/go.mod.new" "$k8s_src/go.mod"
rm -f "$k8s_src/go.mod.new"
k8s_minor="${K8S_VERSION#v1.}"; k8s_minor="${k8s_minor%%.*}"
k8s_ldflags=""
for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  k8s_ldflags+=" -X $p.gitVersion=$K8S_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$k8s_minor"
  k8s_ldflags+=" -X $p.gitCommit=$k8s_commit -X $p.gitTreeState=clean -X $p.buildDate=$k8s_date"
done
k8s_version_of() {
  case "$(basename "$1")" in
    kubectl) "$1" version --client -o yaml 2>/dev/null | grep gitVersion ;;
    kubeadm) "$1" version -o short 2>/dev/null ;;
    *) "$1" --version 2>/dev/null ;;
  esac
}
mkdir -p "$k8s_bin"
for c in kubeadm kubelet kubectl kube-apiserver kube-controller-manager kube-scheduler kube-proxy; do
  if [[ -x "$k8s_bin/$c" ]] && reports "$K8S_VERSION" k8s_version_of "$k8s_bin/$c"; then
    echo "   $c: cached"
    continue
  fi
  s=$(date +%s)
  (cd "$k8s_src" && LDFLAGS="$k8s_ldflags" gobuild -o "$k8s_bin/$c.tmp" "k8s.io/kubernetes/cmd/$c")
  mv "$k8s_bin/$c.tmp" "$k8s_bin/$c"
  echo "   $c: $(( $(date +%s) - s ))s"
done
"$k8s_bin/kubelet" --version
stage_done

# The images kubeadm will look for, as kubeadm itself lists them.
mapfile -t kubeadm_images < <("$k8s_bin/kubeadm" config images list --kubernetes-version "$K8S_VERSION")
want_images=(
  "registry.k8s.io/kube-apiserver:$K8S_VERSION"
  "registry.k8s.io/kube-controller-manager:$K8S_VERSION"
  "registry.k8s.io/kube-scheduler:$K8S_VERSION"
  "registry.k8s.io/kube-proxy:$K8S_VERSION"
  "registry.k8s.io/coredns/coredns:$COREDNS_VERSION"
  "registry.k8s.io/pause:$PAUSE_VERSION"
  "registry.k8s.io/etcd:$ETCD_VERSION-0"
)
if [[ "$(printf '%s\n' "${kubeadm_images[@]}" | sort)" != "$(printf '%s\n' "${want_images[@]}" | sort)" ]]; then
  echo "kubeadm $K8S_VERSION expects other images than this script builds:" >&2
  printf '  %s\n' "${kubeadm_images[@]}" >&2
  exit 1
fi

# ---------------------------------------------------------------------------------------------------------
# etcd: go.etcd.io/etcd/server/v3 replaces its sibling modules with local paths; same wrapper trick.
stage "etcd $ETCD_VERSION"
etcd_bin="$out/etcd-$ETCD_VERSION"
if reports "etcd Version: $ETCD_VERSION" "$etcd_bin/etcd" --version; then
  stage_done cached
else
  etcd_src="$CACHE/src/etcd-$ETCD_VERSION"
  mkdir -p "$etcd_src" "$etcd_bin"
  cat >"$etcd_src/go.mod" <<EOF
module inception.local/etcd-build

go 1.23

require go.etcd.io/etcd/server/v3 v$ETCD_VERSION

replace (
	go.etcd.io/etcd/api/v3 => go.etcd.io/etcd/api/v3 v$ETCD_VERSION
	go.etcd.io/etcd/client/pkg/v3 => go.etcd.io/etcd/client/pkg/v3 v$ETCD_VERSION
	go.etcd.io/etcd/client/v2 => go.etcd.io/etcd/client/v2 $ETCD_CLIENT_V2_VERSION
	go.etcd.io/etcd/client/v3 => go.etcd.io/etcd/client/v3 v$ETCD_VERSION
	go.etcd.io/etcd/pkg/v3 => go.etcd.io/etcd/pkg/v3 v$ETCD_VERSION
	go.etcd.io/etcd/raft/v3 => go.etcd.io/etcd/raft/v3 v$ETCD_VERSION
)
EOF
  (cd "$etcd_src" && gobuild -o "$etcd_bin/etcd" go.etcd.io/etcd/server/v3)
  "$etcd_bin/etcd" --version | sed -n 1p
  stage_done built
fi

stage "coredns $COREDNS_VERSION"
coredns_bin="$out/coredns-$COREDNS_VERSION"
if reports "CoreDNS-${COREDNS_VERSION#v}" "$coredns_bin/coredns" -version; then
  stage_done cached
else
  mkdir -p "$coredns_bin"
  (cd "$CACHE" && GOFLAGS= GOBIN="$coredns_bin" nice -n 10 go install -ldflags "-s -w" "github.com/coredns/coredns@$COREDNS_VERSION")
  "$coredns_bin/coredns" -version | sed -n 1p
  stage_done built
fi

# crictl (kind's `load docker-image` and `export logs` call it). The proxy serves cri-tools only under
# sigs.k8s.io/cri-tools while its go.mod says github.com/kubernetes-sigs/cri-tools: the wrapper maps one
# onto the other, and its k8s.io staging replaces (pseudo-versions of k8s.io/kubernetes) onto releases.
stage "crictl $CRICTL_VERSION"
crictl_bin="$out/crictl-$CRICTL_VERSION"
if reports "${CRICTL_VERSION#v}" "$crictl_bin/crictl" --version; then
  stage_done cached
else
  crictl_src="$CACHE/src/crictl-$CRICTL_VERSION"
  mkdir -p "$crictl_src" "$crictl_bin"
  crictl_dir="$(cd "$crictl_src" && GOFLAGS= go mod download -json "sigs.k8s.io/cri-tools@$CRICTL_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
  {
    printf 'module inception.local/crictl-build\n\ngo 1.22.0\n\n'
    printf 'require github.com/kubernetes-sigs/cri-tools %s\n\nreplace (\n' "$CRICTL_VERSION"
    printf '\tgithub.com/kubernetes-sigs/cri-tools => sigs.k8s.io/cri-tools %s\n' "$CRICTL_VERSION"
    sed -n "s#^[[:space:]]*\(k8s.io/[a-z0-9-]*\) => k8s.io/kubernetes/staging/.*#\t\1 => \1 $CRICTL_STAGING_VERSION#p" "$crictl_dir/go.mod" \
      | grep -v -e 'k8s.io/legacy-cloud-providers' -e 'k8s.io/sample-'
    sed -n 's#^[[:space:]]*\(k8s.io/kubernetes\) => \(k8s.io/kubernetes v.*\)#\t\1 => \2#p' "$crictl_dir/go.mod"
    printf ')\n'
  } >"$crictl_src/go.mod"
  (cd "$crictl_src" && LDFLAGS="-X github.com/kubernetes-sigs/cri-tools/pkg/version.Version=${CRICTL_VERSION#v}" \
    gobuild -o "$crictl_bin/crictl" github.com/kubernetes-sigs/cri-tools/cmd/crictl)
  "$crictl_bin/crictl" --version
  stage_done built
fi

stage "local-path-provisioner $LOCAL_PATH_VERSION"
local_path_bin="$out/local-path-provisioner-$LOCAL_PATH_VERSION"
if [[ -x "$local_path_bin/local-path-provisioner" ]]; then
  stage_done cached
else
  mkdir -p "$local_path_bin"
  (cd "$CACHE" && GOFLAGS= GOBIN="$local_path_bin" nice -n 10 go install -ldflags "-s -w" "github.com/rancher/local-path-provisioner@$LOCAL_PATH_VERSION")
  stage_done built
fi

stage "cni-agent and pause"
agent_bin="$out/cni-agent"
mkdir -p "$agent_bin"
(cd "$here/cni-agent" && gobuild -o "$agent_bin/cni-agent" .)
gcc -static -O2 -o "$out/pause" "$here/images/pause.c"
strip "$out/pause"
stage_done

# ---------------------------------------------------------------------------------------------------------
# Component images. Tags exist only for `docker save` (their names are what containerd will hold) and are
# removed from the Docker store once saved.
stage "component images"
images_dir="$out/images-$hash"
rm -rf "$images_dir"
mkdir -p "$images_dir"
CNI_AGENT_IMAGE="localhost/inception/cni-agent:$hash"
tmp_tags=()

scratch_image() { # name entrypoint-json binary...
  local name="$1" entrypoint="$2"; shift 2
  local root; root="$(mktemp -d)"
  mkdir -p "$root/usr/local/bin" "$root/etc" "$root/tmp" "$root/root"
  chmod 1777 "$root/tmp"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  cp "$@" "$root/usr/local/bin/"
  tar -C "$root" -c . | docker import \
    --change 'ENV PATH=/usr/local/bin:/usr/bin:/bin' \
    ${entrypoint:+--change "ENTRYPOINT $entrypoint"} - "$name" >/dev/null
  rm -rf "$root"
  tmp_tags+=("$name")
}
debian_image() { # name binary-dir
  local name="$1" ctx; ctx="$(mktemp -d)"
  cp -r "$2" "$ctx/bin"
  cp "$here/images/iptables-backend" "$ctx/"
  docker build -q --build-arg "BASE=$BASE_IMAGE" -f "$here/images/debian.Dockerfile" -t "$name" "$ctx" >/dev/null
  rm -rf "$ctx"
  tmp_tags+=("$name")
}

scratch_image "registry.k8s.io/kube-apiserver:$K8S_VERSION" "" "$k8s_bin/kube-apiserver"
scratch_image "registry.k8s.io/kube-controller-manager:$K8S_VERSION" "" "$k8s_bin/kube-controller-manager"
scratch_image "registry.k8s.io/kube-scheduler:$K8S_VERSION" "" "$k8s_bin/kube-scheduler"
scratch_image "registry.k8s.io/etcd:$ETCD_VERSION-0" "" "$etcd_bin/etcd"
scratch_image "registry.k8s.io/coredns/coredns:$COREDNS_VERSION" '["/usr/local/bin/coredns"]' "$coredns_bin/coredns"
scratch_image "registry.k8s.io/pause:$PAUSE_VERSION" '["/usr/local/bin/pause"]' "$out/pause"
# kube-proxy: kubeadm's DaemonSet runs /usr/local/bin/kube-proxy; pick the iptables backend first.
proxy_dir="$(mktemp -d)"
cp "$k8s_bin/kube-proxy" "$proxy_dir/kube-proxy-bin"
printf '#!/bin/sh\nexec /usr/local/sbin/iptables-backend /usr/local/bin/kube-proxy-bin "$@"\n' >"$proxy_dir/kube-proxy"
chmod +x "$proxy_dir/kube-proxy"
debian_image "registry.k8s.io/kube-proxy:$K8S_VERSION" "$proxy_dir"
rm -rf "$proxy_dir"
debian_image "$CNI_AGENT_IMAGE" "$agent_bin"
LOCAL_PATH_IMAGE="localhost/inception/local-path-provisioner:$LOCAL_PATH_VERSION-$hash"
scratch_image "$LOCAL_PATH_IMAGE" "" "$local_path_bin/local-path-provisioner"

for name in "${tmp_tags[@]}"; do
  file="$(tr '/:' '__' <<<"$name").tar"
  docker save -o "$images_dir/$file" "$name"
done
docker rmi "${tmp_tags[@]}" >/dev/null
stage_done "${#tmp_tags[@]} images"

# ---------------------------------------------------------------------------------------------------------
stage "node base image"
base_hash="$( { echo "$BASE_IMAGE"; docker image inspect --format '{{.Id}}' "$BASE_IMAGE"; (cd "$here/node" && find base.Dockerfile files -type f | LC_ALL=C sort | xargs sha256sum); } | sha256sum | cut -c1-12)"
NODE_BASE="$NODE_REPO-base:$base_hash"
if docker image inspect "$NODE_BASE" >/dev/null 2>&1; then
  stage_done "cached: $NODE_BASE"
else
  docker build -q --build-arg "BASE=$BASE_IMAGE" -f "$here/node/base.Dockerfile" -t "$NODE_BASE" "$here/node" >/dev/null
  stage_done "built: $NODE_BASE"
fi

# Assembled the way kind's own builder does it: a container of the base image receives the binaries and
# manifests, its containerd imports the component images, and the container is committed.
stage "node image $NODE_IMAGE"
builder="inception-node-build-$hash"
docker rm -f "$builder" >/dev/null 2>&1 || true
docker run -d --name "$builder" --privileged --entrypoint sleep "$NODE_BASE" infinity >/dev/null
trap 'docker rm -f "$builder" >/dev/null 2>&1 || true' EXIT
docker cp "$k8s_bin/kubeadm" "$builder:/usr/bin/kubeadm"
docker cp "$k8s_bin/kubelet" "$builder:/usr/bin/kubelet"
docker cp "$k8s_bin/kubectl" "$builder:/usr/bin/kubectl"
docker cp "$crictl_bin/crictl" "$builder:/usr/local/bin/crictl"
docker exec "$builder" mkdir -p /kind/manifests /kind/images
for manifest in default-cni.yaml default-storage.yaml; do
  sed -e "s#@CNI_AGENT_IMAGE@#$CNI_AGENT_IMAGE#g" -e "s#@LOCAL_PATH_IMAGE@#$LOCAL_PATH_IMAGE#g" \
    "$here/node/manifests/$manifest" >"$out/$manifest"
  docker cp "$out/$manifest" "$builder:/kind/manifests/$manifest"
done
echo "$K8S_VERSION" >"$out/version"
docker cp "$out/version" "$builder:/kind/version"
docker cp "$images_dir/." "$builder:/kind/images/"
docker exec "$builder" bash -euc '
  containerd >/tmp/containerd.log 2>&1 &
  for _ in $(seq 1 100); do ctr version >/dev/null 2>&1 && break; sleep 0.2; done
  for f in /kind/images/*.tar; do
    ctr --namespace=k8s.io images import --all-platforms --no-unpack "$f" >/dev/null
  done
  ctr --namespace=k8s.io images list -q | grep -v "^sha256:" | sort
  kill %1; wait || true
  rm -rf /kind/images /tmp/containerd.log
'
docker commit \
  --change 'ENTRYPOINT ["/usr/local/bin/entrypoint"]' \
  --change 'CMD ["/sbin/init"]' \
  --change "LABEL io.inception.recipe=$hash io.inception.kubernetes=$K8S_VERSION" \
  "$builder" "$NODE_IMAGE" >/dev/null
docker rm -f "$builder" >/dev/null
trap - EXIT
rm -rf "$images_dir"
# Older node images of this recipe are dead weight (about 1 GB each); one still used by a node stays.
for old in $(docker images --format '{{.Repository}}:{{.Tag}}' "$NODE_REPO") $(docker images --format '{{.Repository}}:{{.Tag}}' "$NODE_REPO-base"); do
  [[ "$old" == "$NODE_IMAGE" || "$old" == "$NODE_BASE" ]] || docker rmi "$old" >/dev/null 2>&1 || true
done
stage_done "$(docker image inspect --format '{{.Size}}' "$NODE_IMAGE" | awk '{printf "%d MB", $1/1e6}')"

finish
