/**
 * Failure ids as fail2ban prints them (`str(IPAddr(ip, cidr))`): addresses canonicalised
 * (inet_pton/inet_ntop: IPv6 compressed, IPv4-mapped IPv6 becomes IPv4, a CIDR gives the
 * network), anything that is not an address (host names, `<F-ID>` values) kept as written.
 */
import * as ipaddr from 'ipaddr.js';

const STRICT_V4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function normalizeHost(text: string, cidr?: number): string {
  try {
    if (STRICT_V4.test(text)) {
      if (cidr !== undefined && cidr >= 0 && cidr < 32) return `${ipaddr.IPv4.networkAddressFromCIDR(`${text}/${cidr}`).toString()}/${cidr}`;
      return text;
    }
    if (text.includes(':') && ipaddr.IPv6.isValid(text) && !text.includes('%')) {
      const a = ipaddr.IPv6.parse(text);
      if (a.isIPv4MappedAddress()) return a.toIPv4Address().toString();
      if (cidr !== undefined && cidr >= 0 && cidr < 128) return `${ipaddr.IPv6.networkAddressFromCIDR(`${a.toString()}/${cidr}`).toString()}/${cidr}`;
      return a.toString();
    }
  } catch {
    // not an address: keep the text
  }
  return text;
}
