import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { monthOf } from '../../lib/release-span';
import { useAppStore } from '../../store/store';
import { SpanFieldset } from './span-fieldset';

/**
 * What a browser does with a key on a focused slider, which jsdom does not: a step per arrow,
 * Home and End to the ends, then an input event. Keys the component handles itself (Page Up and
 * Down) are prevented before this runs, as in a browser.
 */
function sliderKeys(e: KeyboardEvent) {
  const input = e.target;
  if (e.defaultPrevented || !(input instanceof HTMLInputElement) || input.type !== 'range') return;
  const [value, min, max] = [Number(input.value), Number(input.min), Number(input.max)];
  const to = {
    ArrowRight: value + 1,
    ArrowUp: value + 1,
    ArrowLeft: value - 1,
    ArrowDown: value - 1,
    Home: min,
    End: max,
  }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  fireEvent.change(input, { target: { value: String(Math.min(max, Math.max(min, to))) } });
}
beforeAll(() => document.addEventListener('keydown', sliderKeys));
afterAll(() => document.removeEventListener('keydown', sliderKeys));

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

const span = () => useAppStore.getState().filters.span;
const slider = (name: 'From' | 'To') => screen.getByRole('slider', { name });

// Table 1's rows run from 2022 to 2024: the track is January 2022 to December 2024.
const JAN_2022 = monthOf(2022, 1);
const DEC_2024 = monthOf(2024, 12);

describe('the Released sliders', () => {
  it('span the months of the data, both ends open, in a fieldset named Released', () => {
    render(<SpanFieldset />);
    const group = screen.getByRole('group', { name: 'Released' });
    expect(within(group).getByRole('slider', { name: 'From' })).toHaveValue(String(JAN_2022));
    expect(slider('From')).toHaveAttribute('aria-valuetext', 'Jan 2022');
    expect(slider('To')).toHaveValue(String(DEC_2024));
    expect(slider('To')).toHaveAttribute('aria-valuetext', 'Dec 2024');
    expect(group).toHaveTextContent('From: Jan 2022');
    expect(screen.queryByRole('button', { name: 'Any time' })).toBeNull();
    expect(span()).toBeNull();
  });

  it('move a month per arrow key, and Home opens the From end again', async () => {
    render(<SpanFieldset />);
    await userEvent.click(slider('From'));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(span()).toEqual({ from: monthOf(2022, 3), to: null });
    expect(slider('From')).toHaveAttribute('aria-valuetext', 'Mar 2022');
    await userEvent.keyboard('{ArrowLeft}');
    expect(span()).toEqual({ from: monthOf(2022, 2), to: null });
    await userEvent.keyboard('{Home}');
    expect(span()).toBeNull();
    expect(slider('From')).toHaveAttribute('aria-valuetext', 'Jan 2022');
  });

  it('move a year per Page key, and End opens the To end again', async () => {
    render(<SpanFieldset />);
    slider('To').focus();
    await userEvent.keyboard('{PageDown}');
    expect(span()).toEqual({ from: null, to: monthOf(2023, 12) });
    expect(slider('To')).toHaveAttribute('aria-valuetext', 'Dec 2023');
    await userEvent.keyboard('{ArrowLeft}');
    expect(span()).toEqual({ from: null, to: monthOf(2023, 11) });
    slider('From').focus();
    await userEvent.keyboard('{PageUp}');
    expect(span()).toEqual({ from: monthOf(2023, 1), to: monthOf(2023, 11) });
    slider('To').focus();
    await userEvent.keyboard('{End}');
    expect(span()).toEqual({ from: monthOf(2023, 1), to: null });
  });

  it('never let the thumbs cross', async () => {
    useAppStore.getState().setSpan({ from: null, to: monthOf(2023, 6) });
    render(<SpanFieldset />);
    slider('From').focus();
    await userEvent.keyboard('{End}');
    expect(span()).toEqual({ from: monthOf(2023, 6), to: monthOf(2023, 6) });
    await userEvent.keyboard('{PageUp}');
    expect(span()).toEqual({ from: monthOf(2023, 6), to: monthOf(2023, 6) });
    slider('To').focus();
    await userEvent.keyboard('{ArrowLeft}{PageDown}');
    expect(span()).toEqual({ from: monthOf(2023, 6), to: monthOf(2023, 6) });
    await userEvent.keyboard('{ArrowRight}');
    expect(span()).toEqual({ from: monthOf(2023, 6), to: monthOf(2023, 7) });
  });

  it('keep a link’s span that reaches past the data on the track', () => {
    useAppStore.getState().setSpan({ from: monthOf(2019, 5), to: monthOf(2030, 1) });
    render(<SpanFieldset />);
    expect(slider('From')).toHaveAttribute('aria-valuetext', 'Jan 2022');
    expect(slider('To')).toHaveAttribute('aria-valuetext', 'Dec 2024');
  });

  it('offer Any time while a span is set, which clears it and leaves focus in the fieldset', async () => {
    useAppStore.getState().setSpan({ from: monthOf(2023, 3), to: null });
    render(<SpanFieldset />);
    expect(slider('From')).toHaveAttribute('aria-valuetext', 'Mar 2023');
    await userEvent.click(screen.getByRole('button', { name: 'Any time' }));
    expect(span()).toBeNull();
    expect(slider('From')).toHaveAttribute('aria-valuetext', 'Jan 2022');
    expect(screen.queryByRole('button', { name: 'Any time' })).toBeNull();
    // The button is gone with the span: focus is on the From slider, not lost to the page.
    expect(slider('From')).toHaveFocus();
  });
});
