# Node base: Debian bookworm running systemd as PID 1, with containerd, runc and the CNI plugins.
# Kubernetes binaries and component images are added later by build.sh (see README.md).
ARG BASE=debian:bookworm-slim
FROM ${BASE}
ENV container=docker
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      systemd systemd-sysv dbus containerd runc containernetworking-plugins \
      iptables nftables conntrack iproute2 ethtool socat ebtables ipset \
      mount util-linux kmod libseccomp2 pigz ca-certificates procps bash findutils \
 && apt-get clean && rm -rf /var/lib/apt/lists/* /var/log/apt /var/log/dpkg.log
# systemd inside a container: keep only what a node needs; no consoles, udev or kernel-log readers.
RUN rm -f /etc/systemd/system/*.wants/* /lib/systemd/system/multi-user.target.wants/* \
          /lib/systemd/system/local-fs.target.wants/* /lib/systemd/system/sockets.target.wants/*udev* \
          /lib/systemd/system/sockets.target.wants/*initctl* \
 && systemctl mask systemd-udevd.service systemd-udev-trigger.service systemd-modules-load.service \
          getty.target console-getty.service systemd-firstboot.service systemd-journald-audit.socket \
 && echo "ReadKMsg=no" >> /etc/systemd/journald.conf \
 && mkdir -p /opt/cni /etc/cni/net.d /kind/manifests /var/lib/kubelet \
 && ln -s /usr/lib/cni /opt/cni/bin
COPY files/ /
RUN chmod 0755 /usr/local/bin/entrypoint /usr/local/bin/kubelet-cgroup-setup \
 && systemctl enable containerd.service kubelet.service
STOPSIGNAL SIGRTMIN+3
ENTRYPOINT ["/usr/local/bin/entrypoint"]
CMD ["/sbin/init"]
