import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CopyButton } from './copy-button';

const withWriteText = (writeText: ((text: string) => Promise<void>) | undefined) =>
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText && { writeText },
    configurable: true,
  });

function WithTarget() {
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <>
      <textarea ref={field} aria-label="BibTeX" readOnly value="@misc{x}" />
      <CopyButton text="@misc{x}" target={field}>
        Copy
      </CopyButton>
    </>
  );
}

describe('CopyButton', () => {
  afterEach(() => withWriteText(undefined));

  it('copies and says so in a live region', async () => {
    const copied: string[] = [];
    withWriteText(async (text) => void copied.push(text));
    // Plain clicks: userEvent would put a clipboard of its own in place of ours.
    render(<WithTarget />);
    screen.getByRole('button', { name: 'Copy' }).click();
    expect(await screen.findByText('Copied to the clipboard.')).toHaveAttribute('role', 'status');
    expect(copied).toEqual(['@misc{x}']);
  });

  it('selects the text in its target when the clipboard refuses', async () => {
    withWriteText(() => Promise.reject(new Error('denied')));
    render(<WithTarget />);
    screen.getByRole('button', { name: 'Copy' }).click();
    expect(await screen.findByText(/^Could not copy/)).toHaveAttribute('role', 'status');
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'BibTeX' });
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, '@misc{x}'.length]);
  });

  it('without a target, shows the text in a field of its own, selected', async () => {
    withWriteText(undefined);
    render(
      <CopyButton text="@misc{y}" fallbackLabel="BibTeX of Y">
        Copy BibTeX
      </CopyButton>,
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    screen.getByRole('button', { name: 'Copy BibTeX' }).click();
    const field = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'BibTeX of Y' });
    expect(field).toHaveValue('@misc{y}');
    expect(field).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/press Ctrl\+C/);
  });
});
