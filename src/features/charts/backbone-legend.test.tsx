import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BackboneLegend } from './backbone-legend';

const BACKBONES = ['Diffusion', 'Auto-regressive', '-'];

function Legend({ onToggle }: { onToggle: (backbone: string) => void }) {
  const [selected, setSelected] = useState<string[]>(['Diffusion']);
  return (
    <BackboneLegend
      backbones={BACKBONES}
      selected={selected}
      onToggle={(b) => {
        onToggle(b);
        setSelected((s) => (s.includes(b) ? s.filter((x) => x !== b) : [...s, b]));
      }}
    />
  );
}

describe('the backbone legend', () => {
  it('lists each backbone as a toggle button, pressed when selected; the paper’s - reads Not stated', () => {
    render(<Legend onToggle={() => {}} />);
    const list = screen.getByRole('list', { name: 'Backbones (select to filter)' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Diffusion',
      'Auto-regressive',
      'Not stated',
    ]);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false']);
  });

  it('tells the caller which backbone was pressed, by its value', async () => {
    const onToggle = vi.fn();
    render(<Legend onToggle={onToggle} />);
    await userEvent.click(screen.getByRole('button', { name: 'Not stated' }));
    expect(onToggle).toHaveBeenCalledExactlyOnceWith('-');
    expect(screen.getByRole('button', { name: 'Not stated' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    screen.getByRole('button', { name: 'Diffusion' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onToggle).toHaveBeenLastCalledWith('Diffusion');
    expect(screen.getByRole('button', { name: 'Diffusion' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});
