/**
 * Whether the audience could open this page's address on their phones: served over http(s) from
 * a host that is not this computer's own (localhost, 127.x.x.x, ::1, 0.0.0.0). `npm start` serves
 * on 127.0.0.1, and a file:// page is on this disk only: a QR code there leads nowhere.
 */
export function reachableByAudience(url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return false;
  if (host === '::1' || host === '0.0.0.0' || host === '::') return false;
  return !/^127\.\d+\.\d+\.\d+$/.test(host);
}
