import type { EnvironmentInfo } from '../../docker/environment/index.js';
import type { Logger } from '../../log.js';

export function formatTable(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
}

export function printServices(info: EnvironmentInfo, logger: Logger): void {
  const rows = [['SERVICE', 'CONTAINER', 'IP', 'HOST PORTS', 'URL']];
  for (const [service, address] of Object.entries(info.services)) {
    const ports = Object.entries(address.hostPorts).map(([port, host]) => `${host}->${port}`);
    rows.push([service, address.container, address.ip, ports.join(',') || '-', address.url ?? '-']);
  }
  for (const line of formatTable(rows)) logger.info(line);
}
