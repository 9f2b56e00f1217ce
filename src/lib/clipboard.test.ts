import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

const withClipboard = (clipboard: Partial<Clipboard> | undefined) =>
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });

describe('copyText', () => {
  afterEach(() => withClipboard(undefined));

  it('writes the text and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    withClipboard({ writeText });
    await expect(copyText('@misc{x}')).resolves.toEqual({ copied: true });
    expect(writeText).toHaveBeenCalledWith('@misc{x}');
  });

  it('says the clipboard is unavailable where there is no API (insecure context)', async () => {
    withClipboard(undefined);
    await expect(copyText('x')).resolves.toEqual({ copied: false, reason: 'unavailable' });
  });

  it('says the browser refused when writing rejects', async () => {
    withClipboard({
      writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
    await expect(copyText('x')).resolves.toEqual({ copied: false, reason: 'refused' });
  });
});
