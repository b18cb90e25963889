# A component image that needs netfilter tools beside its binary (kube-proxy, cni-agent).
ARG BASE=debian:bookworm-slim
FROM ${BASE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      iptables nftables conntrack ipset iproute2 kmod \
 && apt-get clean && rm -rf /var/lib/apt/lists/* /var/log/apt /var/log/dpkg.log
COPY bin/ /usr/local/bin/
COPY iptables-backend /usr/local/sbin/iptables-backend
