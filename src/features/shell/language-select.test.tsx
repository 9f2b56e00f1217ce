import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { LanguageSelect } from './language-select';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

const select = () => screen.getByRole('combobox', { name: /Language/ });

describe('the language select', () => {
  it('is named Language in both languages, each language named in itself', () => {
    render(<LanguageSelect />);
    expect(select()).toHaveAccessibleName('Language / 语言');
    expect(select()).toHaveValue('en');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => [o.textContent, o.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['中文', 'zh-CN'],
    ]);
  });

  it('switches to Chinese once its texts have loaded, and remembers the choice', async () => {
    render(<LanguageSelect />);
    await userEvent.selectOptions(select(), '中文');
    expect(useAppStore.getState().chosenLocale).toBe('zh');
    await waitFor(() => expect(useAppStore.getState().locale).toBe('zh'));
    expect(select()).toHaveValue('zh');
    expect(screen.getByRole('option', { name: '中文' })).toHaveProperty('selected', true);
    // The visible word is the language's own; the name stays the same for every reader.
    expect(select().closest('label')).toHaveTextContent('语言');
    expect(select()).toHaveAccessibleName('Language / 语言');

    await userEvent.selectOptions(select(), 'English');
    await waitFor(() => expect(useAppStore.getState().locale).toBe('en'));
    expect(useAppStore.getState().chosenLocale).toBe('en');
    expect(select().closest('label')).toHaveTextContent('Language');
  });
});
