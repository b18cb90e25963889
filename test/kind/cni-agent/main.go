// cni-agent is the pod network of our offline kind node image (kind's own kindnetd cannot be built
// here: its module is not served by the Go module proxy). It runs as a DaemonSet on every node, with
// host networking, and every few seconds:
//   - writes this node's CNI config (bridge + host-local over the node's spec.podCIDR),
//   - routes every other node's pod CIDR via that node's InternalIP (all nodes share one Docker network),
//   - masquerades traffic leaving the cluster's pod subnet.
//
// It talks to the API server with its service account, using only the standard library.
package main

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

const saDir = "/var/run/secrets/kubernetes.io/serviceaccount"

type nodeList struct {
	Items []struct {
		Metadata struct {
			Name string `json:"name"`
		} `json:"metadata"`
		Spec struct {
			PodCIDR  string   `json:"podCIDR"`
			PodCIDRs []string `json:"podCIDRs"`
		} `json:"spec"`
		Status struct {
			Addresses []struct {
				Type    string `json:"type"`
				Address string `json:"address"`
			} `json:"addresses"`
		} `json:"status"`
	} `json:"items"`
}

type agent struct {
	client    *http.Client
	apiURL    string
	token     string
	nodeName  string
	podSubnet string
	// serviceSubnet: traffic to it that kube-proxy has not (yet) translated is rejected on the node.
	serviceSubnet string
	confPath      string
	iptables      string
	masqDone      bool
}

func main() {
	a, err := newAgent()
	if err != nil {
		log.Fatalf("cni-agent: %v", err)
	}
	log.Printf("cni-agent on node %s, pod subnet %s, API %s, %s", a.nodeName, a.podSubnet, a.apiURL, a.iptables)
	for {
		if err := a.sync(); err != nil {
			log.Printf("sync: %v", err)
			time.Sleep(2 * time.Second)
			continue
		}
		time.Sleep(10 * time.Second)
	}
}

func newAgent() (*agent, error) {
	// kind adds CONTROL_PLANE_ENDPOINT (host:port) to the manifest, so the network does not wait for
	// kube-proxy to make the kubernetes Service reachable.
	endpoint := os.Getenv("CONTROL_PLANE_ENDPOINT")
	if endpoint == "" && os.Getenv("KUBERNETES_SERVICE_HOST") != "" {
		endpoint = net.JoinHostPort(os.Getenv("KUBERNETES_SERVICE_HOST"), os.Getenv("KUBERNETES_SERVICE_PORT"))
	}
	nodeName, podSubnet := os.Getenv("NODE_NAME"), os.Getenv("POD_SUBNET")
	if endpoint == "" || nodeName == "" || podSubnet == "" {
		return nil, fmt.Errorf("CONTROL_PLANE_ENDPOINT or KUBERNETES_SERVICE_HOST, NODE_NAME and POD_SUBNET must be set")
	}
	if _, _, err := net.ParseCIDR(podSubnet); err != nil {
		return nil, fmt.Errorf("POD_SUBNET: %v", err)
	}
	token, err := os.ReadFile(filepath.Join(saDir, "token"))
	if err != nil {
		return nil, err
	}
	ca, err := os.ReadFile(filepath.Join(saDir, "ca.crt"))
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(ca) {
		return nil, fmt.Errorf("no certificate in %s/ca.crt", saDir)
	}
	confDir := os.Getenv("CNI_CONF_DIR")
	if confDir == "" {
		confDir = "/etc/cni/net.d"
	}
	return &agent{
		client: &http.Client{
			Timeout:   10 * time.Second,
			Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}},
		},
		apiURL:        "https://" + endpoint,
		token:         strings.TrimSpace(string(token)),
		nodeName:      nodeName,
		podSubnet:     podSubnet,
		serviceSubnet: serviceSubnet(),
		confPath:      filepath.Join(confDir, "10-inception.conflist"),
		iptables:      pickIptables(),
	}, nil
}

// pickIptables uses the backend that already holds rules in this network namespace (Docker's, the
// node entrypoint's, kube-proxy's), so every writer agrees.
func pickIptables() string {
	count := func(cmd string) int {
		out, err := exec.Command(cmd, "-t", "nat").Output()
		if err != nil {
			return -1
		}
		return bytes.Count(out, []byte("\n-"))
	}
	if count("iptables-legacy-save") > count("iptables-nft-save") {
		return "iptables-legacy"
	}
	return "iptables-nft"
}

func (a *agent) sync() error {
	req, err := http.NewRequest(http.MethodGet, a.apiURL+"/api/v1/nodes", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+a.token)
	resp, err := a.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("list nodes: %s", resp.Status)
	}
	var nodes nodeList
	if err := json.NewDecoder(resp.Body).Decode(&nodes); err != nil {
		return err
	}
	for _, n := range nodes.Items {
		cidrs := n.Spec.PodCIDRs
		if len(cidrs) == 0 && n.Spec.PodCIDR != "" {
			cidrs = []string{n.Spec.PodCIDR}
		}
		if n.Metadata.Name == a.nodeName {
			if len(cidrs) == 0 {
				return fmt.Errorf("node %s has no podCIDR yet", a.nodeName)
			}
			if err := a.writeConfig(cidrs); err != nil {
				return err
			}
			continue
		}
		ip := internalIP(n.Status.Addresses)
		if ip == "" {
			continue
		}
		for _, cidr := range cidrs {
			if out, err := exec.Command("ip", "route", "replace", cidr, "via", ip).CombinedOutput(); err != nil {
				return fmt.Errorf("route %s via %s: %v: %s", cidr, ip, err, out)
			}
		}
	}
	if err := a.ensureServiceGuard(); err != nil {
		return err
	}
	return a.ensureMasquerade()
}

// serviceSubnet is kind's default service range unless SERVICE_SUBNET says otherwise.
func serviceSubnet() string {
	if subnet := os.Getenv("SERVICE_SUBNET"); subnet != "" {
		return subnet
	}
	return "10.96.0.0/16"
}

// ensureServiceGuard rejects forwarded traffic still addressed to a Service IP: kube-proxy rewrites every
// packet for a Service it knows before filtering, so what is left would otherwise leave the node through
// the Docker gateway towards whatever network holds that range outside the cluster.
func (a *agent) ensureServiceGuard() error {
	rule := []string{"FORWARD", "-d", a.serviceSubnet,
		"-m", "comment", "--comment", "inception-cni: service traffic kube-proxy has not translated", "-j", "REJECT"}
	check := append([]string{"-w", "5", "-C"}, rule...)
	if exec.Command(a.iptables, check...).Run() == nil {
		return nil
	}
	insert := append([]string{"-w", "5", "-I"}, rule...)
	if out, err := exec.Command(a.iptables, insert...).CombinedOutput(); err != nil {
		return fmt.Errorf("service guard rule: %v: %s", err, out)
	}
	return nil
}

func internalIP(addresses []struct {
	Type    string `json:"type"`
	Address string `json:"address"`
}) string {
	for _, a := range addresses {
		if a.Type == "InternalIP" && net.ParseIP(a.Address).To4() != nil {
			return a.Address
		}
	}
	return ""
}

func (a *agent) writeConfig(cidrs []string) error {
	var ranges []string
	for _, c := range cidrs {
		if ip, _, err := net.ParseCIDR(c); err == nil && ip.To4() != nil {
			ranges = append(ranges, fmt.Sprintf(`[{"subnet": %q}]`, c))
		}
	}
	if len(ranges) == 0 {
		return fmt.Errorf("no IPv4 pod CIDR in %v", cidrs)
	}
	conf := fmt.Sprintf(`{
  "cniVersion": "0.4.0",
  "name": "inception",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "cni0",
      "isGateway": true,
      "ipMasq": false,
      "hairpinMode": true,
      "ipam": {
        "type": "host-local",
        "ranges": [%s],
        "routes": [{"dst": "0.0.0.0/0"}]
      }
    },
    {"type": "portmap", "capabilities": {"portMappings": true}}
  ]
}
`, strings.Join(ranges, ", "))
	if old, err := os.ReadFile(a.confPath); err == nil && string(old) == conf {
		return nil
	}
	tmp := a.confPath + ".tmp"
	if err := os.WriteFile(tmp, []byte(conf), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, a.confPath); err != nil {
		return err
	}
	log.Printf("wrote %s for %v", a.confPath, cidrs)
	return nil
}

func (a *agent) ensureMasquerade() error {
	if a.masqDone {
		return nil
	}
	rule := []string{"POSTROUTING", "-s", a.podSubnet, "!", "-d", a.podSubnet,
		"-m", "comment", "--comment", "inception-cni: pod traffic leaving the cluster", "-j", "MASQUERADE"}
	check := append([]string{"-w", "5", "-t", "nat", "-C"}, rule...)
	if exec.Command(a.iptables, check...).Run() != nil {
		add := append([]string{"-w", "5", "-t", "nat", "-A"}, rule...)
		if out, err := exec.Command(a.iptables, add...).CombinedOutput(); err != nil {
			return fmt.Errorf("masquerade rule: %v: %s", err, out)
		}
	}
	a.masqDone = true
	return nil
}
