import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CiteButton } from './cite-button';

const withWriteText = (writeText: ((text: string) => Promise<void>) | undefined) =>
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText && { writeText },
    configurable: true,
  });
afterEach(() => withWriteText(undefined));

const cite = () => screen.getByRole('button', { name: 'Cite' });

describe('the Cite button', () => {
  it('copies the survey’s BibTeX at once and shows it in a dialog', async () => {
    const copied: string[] = [];
    withWriteText(async (text) => void copied.push(text));
    render(<CiteButton />);
    expect(cite()).toHaveAttribute('aria-haspopup', 'dialog');
    // A plain click: userEvent would put a clipboard of its own in place of ours.
    cite().click();
    const dialog = await screen.findByRole('dialog', { name: 'Cite this survey' });
    const field = within(dialog).getByRole('textbox', { name: 'BibTeX' });
    expect(field).toHaveValue(copied[0]);
    expect(copied[0]).toMatch(/^@\w+\{[^,]+,/);
    expect(copied[0]).toContain('2402.17177');
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Copied to the clipboard.');
  });

  it('selects the BibTeX to copy by hand when the clipboard refuses', async () => {
    withWriteText(() => Promise.reject(new Error('denied')));
    render(<CiteButton />);
    cite().click();
    const dialog = await screen.findByRole('dialog', { name: 'Cite this survey' });
    expect(await within(dialog).findByText(/^Could not copy/)).toHaveAttribute('role', 'status');
    const field = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'BibTeX' });
    expect(field).toHaveFocus();
    expect(field.selectionEnd - field.selectionStart).toBe(field.value.length);
  });

  it('closes with Close, focus back on Cite', async () => {
    withWriteText(async () => {});
    render(<CiteButton />);
    cite().click();
    const dialog = await screen.findByRole('dialog', { name: 'Cite this survey' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(cite()).toHaveFocus();
  });
});
