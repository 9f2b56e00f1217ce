import { describe, expect, it } from 'vitest';
import { reachableByAudience } from './reachable';

const reachable = (href: string) => reachableByAudience(new URL(href));

describe('whether the audience can open the page’s address', () => {
  it('says no for this computer’s own addresses and for a file', () => {
    for (const href of [
      'http://127.0.0.1:4173/',
      'http://127.4.5.6/',
      'http://localhost:4173/?lang=zh',
      'http://app.localhost/',
      'http://[::1]:4173/',
      'http://0.0.0.0:4173/',
      'file:///home/me/sora-explorer.html',
    ])
      expect(reachable(href), href).toBe(false);
  });

  it('says yes for a page served on the network or the web', () => {
    for (const href of [
      'http://192.168.1.20:4173/',
      'https://example.org/sora/',
      'http://seminar-room.local:8080/',
    ])
      expect(reachable(href), href).toBe(true);
  });
});
