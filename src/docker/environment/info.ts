/** What a running environment tells later steps: how to reach each service. */
export interface ServiceAddress {
  container: string;
  containerId: string;
  /** The service's IP on the environment network. */
  ip: string;
  /** Name other containers on the network use (the service name). */
  hostname: string;
  /** "8080/tcp" -> published host port. */
  hostPorts: Record<string, number>;
  /** http://127.0.0.1:<host port> for a service waited on over HTTP, or whose single port is published. */
  url?: string;
  /** The same service as seen from inside the network: http://<service>:<port>. */
  internalUrl?: string;
}

export interface EnvironmentInfo {
  name: string;
  network: string;
  services: Record<string, ServiceAddress>;
}
