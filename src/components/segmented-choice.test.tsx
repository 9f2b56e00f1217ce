import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SegmentedChoice } from './segmented-choice';

const OPTIONS = [
  { value: 'count', label: 'Count' },
  { value: 'percent', label: 'Percent' },
] as const;
type Scale = (typeof OPTIONS)[number]['value'];

function Choice({ onChange }: { onChange?: (value: Scale) => void }) {
  const [value, setValue] = useState<Scale>('count');
  return (
    <SegmentedChoice
      label="Scale"
      value={value}
      options={OPTIONS}
      onChange={(v) => {
        onChange?.(v);
        setValue(v);
      }}
    />
  );
}

describe('a segmented choice', () => {
  it('is a named radio group with the value checked', () => {
    render(<Choice />);
    expect(screen.getByRole('radiogroup', { name: 'Scale' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Count' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Percent' })).not.toBeChecked();
  });

  it('changes on a click, once', async () => {
    const onChange = vi.fn();
    render(<Choice onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Percent' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('percent');
    expect(screen.getByRole('radio', { name: 'Percent' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Percent' }));
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('changes with the arrow keys, as radios do', async () => {
    const onChange = vi.fn();
    render(<Choice onChange={onChange} />);
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Count' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith('percent');
    expect(screen.getByRole('radio', { name: 'Percent' })).toBeChecked();
    await userEvent.keyboard('{ArrowLeft}');
    expect(onChange).toHaveBeenLastCalledWith('count');
  });

  it('keeps each group’s radios apart', async () => {
    render(
      <>
        <Choice />
        <Choice />
      </>,
    );
    const [first, second] = screen.getAllByRole('radio', { name: 'Percent' });
    await userEvent.click(first!);
    expect(first).toBeChecked();
    expect(second).not.toBeChecked();
    expect(screen.getAllByRole('radio', { name: 'Count' })[1]).toBeChecked();
  });
});
