import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../store/store';
import { Presentation } from './presentation';

const initial = useAppStore.getInitialState();
beforeEach(() => {
  useAppStore.setState(initial, true);
  // Nine slides, none a chart (jsdom measures charts 0x0); a key is a slide (build=0), but where
  // the points are built.
  useAppStore.setState({ present: true, deck: DECK, build: false });
});

const DECK = [
  'title',
  'film',
  'education',
  'gaming',
  'healthcare',
  'robotics',
  'strengths',
  'academia',
  'closing',
] as const;

const slideNumber = () => useAppStore.getState().slide;
/** The slide on screen is a region named by its place in the deck. */
const slide = (counter: string) => screen.getByRole('region', { name: counter });

describe('the presentation', () => {
  it('starts on the first slide, focused, with its place in the deck', () => {
    render(<Presentation />);
    expect(screen.getByRole('main', { name: 'Presentation' })).toHaveFocus();
    expect(slide('1 / 9')).toHaveTextContent('Sora: A Review on Background, Technology');
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('steps with the arrows, Page keys and Space, and jumps with Home and End', async () => {
    render(<Presentation />);
    await userEvent.keyboard('{ArrowRight}');
    expect(slideNumber()).toBe(2);
    expect(slide('2 / 9')).toHaveTextContent('Applications · Film-making');
    await userEvent.keyboard('{PageDown}[Space]');
    expect(slide('4 / 9')).toHaveTextContent('Applications · Gaming');
    await userEvent.keyboard('{Shift>}[Space]{/Shift}{PageUp}{ArrowLeft}');
    expect(slideNumber()).toBe(1);
    await userEvent.keyboard('{ArrowLeft}');
    expect(slideNumber()).toBe(1);
    await userEvent.keyboard('{End}');
    expect(slide('9 / 9')).toHaveTextContent('Thank you');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{ArrowRight}');
    expect(slideNumber()).toBe(9);
    await userEvent.keyboard('{Home}');
    expect(slideNumber()).toBe(1);
  });

  it('brings a part’s points out one at a time, on any key that steps or the Next button', async () => {
    useAppStore.setState({ build: true });
    render(<Presentation />);
    const points = () => within(slide(`${slideNumber()} / 9`)).queryAllByRole('listitem');
    await userEvent.keyboard('{ArrowRight}');
    // Film-making: its headline first, then four points as the speaker goes on.
    expect(slideNumber()).toBe(2);
    expect(points()).toHaveLength(0);
    await userEvent.keyboard('{ArrowRight}{PageDown}[Space]');
    expect(points()).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(points()).toHaveLength(4);
    await userEvent.keyboard('{ArrowRight}');
    expect(slideNumber()).toBe(3);
    expect(points()).toHaveLength(0);
    // Back: to the slide before, all its points out; then one point put away.
    await userEvent.keyboard('{ArrowLeft}');
    expect(slideNumber()).toBe(2);
    expect(points()).toHaveLength(4);
    await userEvent.keyboard('{PageUp}');
    expect(points()).toHaveLength(3);
  });

  it('steps with the Previous and Next buttons, whose counter follows', async () => {
    render(<Presentation />);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(slideNumber()).toBe(3);
    expect(screen.getByText('3 / 9', { selector: '.presentation__counter' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(slide('2 / 9')).toBeInTheDocument();
  });

  it('goes to a slide by its number and Enter; Escape forgets a half-typed number', async () => {
    render(<Presentation />);
    await userEvent.keyboard('1');
    expect(screen.getByText('Go to slide 1')).toBeInTheDocument();
    await userEvent.keyboard('2{Backspace}');
    expect(screen.getByText('Go to slide 1')).toBeInTheDocument();
    await userEvent.keyboard('{Backspace}7{Enter}');
    expect(slideNumber()).toBe(7);
    // Past the end goes to the last slide.
    await userEvent.keyboard('99{Enter}');
    expect(slideNumber()).toBe(9);
    await userEvent.keyboard('3{Escape}');
    expect(screen.queryByText('Go to slide 3')).toBeNull();
    expect(useAppStore.getState().present).toBe(true);
    expect(slideNumber()).toBe(9);
  });

  it('blacks the screen out with B and back, and Escape first ends a blackout, then leaves', async () => {
    render(<Presentation />);
    await userEvent.keyboard('b');
    expect(screen.getByRole('status')).toHaveTextContent('The screen is blacked out');
    await userEvent.keyboard('b');
    expect(screen.queryByText(/blacked out/)).toBeNull();
    await userEvent.keyboard('.{Escape}');
    expect(screen.queryByText(/blacked out/)).toBeNull();
    expect(useAppStore.getState().present).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(useAppStore.getState().present).toBe(false);
  });

  it('lists its keys on ?, and the slides stay put while the list is open', async () => {
    render(<Presentation />);
    await userEvent.keyboard('?');
    const keys = screen.getByRole('dialog', { name: 'Keys while presenting' });
    expect(within(keys).getByRole('row', { name: /Next point/ })).toHaveTextContent('PageDown');
    await userEvent.keyboard('{ArrowRight}');
    expect(slideNumber()).toBe(1);
    await userEvent.click(within(keys).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.keyboard('{ArrowRight}');
    expect(slideNumber()).toBe(2);
  });

  it('shows every slide on O; arrows move among them and Enter goes to one', async () => {
    render(<Presentation />);
    await userEvent.keyboard('{ArrowRight}o');
    const overview = screen.getByRole('group', { name: 'Overview of the slides' });
    const current = within(overview).getByRole('button', { name: 'Go to slide 2' });
    expect(within(overview).getAllByRole('button')).toHaveLength(9);
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(current).toHaveFocus();
    // The deck's own keys wait while the overview is open: the arrows move the focus only.
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(within(overview).getByRole('button', { name: 'Go to slide 7' })).toHaveFocus();
    expect(slideNumber()).toBe(2);
    await userEvent.keyboard('{Enter}');
    expect(slideNumber()).toBe(7);
    expect(screen.queryByRole('group', { name: 'Overview of the slides' })).toBeNull();
    expect(screen.getByRole('main', { name: 'Presentation' })).toHaveFocus();
  });

  it('leaves the overview with Escape on the slide that was showing', async () => {
    render(<Presentation />);
    await userEvent.keyboard('{End}o{ArrowLeft}{Escape}');
    expect(screen.queryByRole('group', { name: 'Overview of the slides' })).toBeNull();
    expect(slideNumber()).toBe(9);
    expect(useAppStore.getState().present).toBe(true);
  });

  it('says so when the browser blocks the presenter’s window', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<Presentation />);
    await userEvent.keyboard('s');
    expect(open).toHaveBeenCalledOnce();
    expect(screen.getByRole('alert')).toBeInTheDocument();
    open.mockRestore();
  });

  it('leaves with Exit', async () => {
    render(<Presentation />);
    await userEvent.click(screen.getByRole('button', { name: 'Exit' }));
    expect(useAppStore.getState().present).toBe(false);
  });
});
