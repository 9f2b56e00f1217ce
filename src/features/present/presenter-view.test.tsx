import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paperTexts, partText } from '../../data/paper/texts';
import { plainText } from '../../lib/rich-text';
import { useAppStore } from '../../store/store';
import { Presentation } from './presentation';

const initial = useAppStore.getInitialState();
beforeEach(() => {
  useAppStore.setState(initial, true);
  // The presenter's window of a three-slide talk, none a chart (jsdom measures charts 0x0).
  useAppStore.setState({ present: true, presenter: true, deck: ['title', 'film', 'closing'] });
});
afterEach(() => vi.useRealTimers());

const region = (name: string) => screen.getByRole('region', { name });
const elapsed = () => screen.getByText(/^\d\d:\d\d$/, { selector: '.presenter__elapsed' });

describe('the presenter view', () => {
  it('shows the slide now, the next one and the notes, and steps with the keys', async () => {
    render(<Presentation />);
    expect(screen.getByRole('main', { name: 'Presenter view of the slides' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(useAppStore.getState().slide).toBe(2);
    expect(within(region('Now')).getByRole('heading', { name: 'Now · 2 / 3' })).toBeVisible();
    expect(region('Now')).toHaveTextContent('Applications · Film-making');
    // The notes hold the part's prose, which the slide has no room for.
    const film = partText(paperTexts('en'), 'applications', 'film');
    const firstParagraph = plainText(film.summary.split(/\n\s*\n/)[0]!).trim();
    expect(region('Notes')).toHaveTextContent(firstParagraph);

    // The talk builds: what comes next is the slide's first point, then the next, then the slide.
    const points = film.slide.points;
    expect(region('Next')).toHaveTextContent(points[0]!);
    await userEvent.keyboard('{ArrowRight}');
    expect(region('Next')).toHaveTextContent(points[1]!);
    for (let i = 1; i < points.length; i++) await userEvent.keyboard('{ArrowRight}');
    expect(region('Next')).toHaveTextContent('Thank you');
    await userEvent.keyboard('{ArrowRight}');
    expect(region('Next')).toHaveTextContent('End of the deck');
  });

  it('counts the talk down from its length, amber in its last two minutes, red in its last', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const user = userEvent.setup();
    render(<Presentation />);
    const countdown = () =>
      screen.getByText(/^\d\d:\d\d$/, { selector: '.presenter__countdown strong' });
    expect(countdown()).toHaveTextContent('10:00');
    const length = screen.getByRole('spinbutton', { name: 'Talk length' });
    await user.clear(length);
    await user.type(length, '5');
    expect(countdown()).toHaveTextContent('05:00');
    act(() => vi.advanceTimersByTime(3 * 60_000 + 10_000));
    expect(countdown()).toHaveTextContent('01:50');
    expect(countdown().parentElement).toHaveClass('presenter__countdown--amber');
    act(() => vi.advanceTimersByTime(70_000));
    expect(countdown()).toHaveTextContent('00:40');
    expect(countdown().parentElement).toHaveClass('presenter__countdown--red');
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Over by')).toBeInTheDocument();
    expect(countdown()).toHaveTextContent('00:20');
  });

  it('blacks the audience’s screen out with B, and says so here', async () => {
    render(<Presentation />);
    await userEvent.keyboard('b');
    expect(useAppStore.getState().black).toBe(true);
    expect(region('Now')).toHaveTextContent('blacked out');
    await userEvent.keyboard('b');
    expect(useAppStore.getState().black).toBe(false);
  });

  it('stays open on Escape, and has no overview or second presenter window', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<Presentation />);
    await userEvent.keyboard('{Escape}os');
    expect(useAppStore.getState().present).toBe(true);
    expect(screen.queryByRole('group', { name: 'Overview of the slides' })).toBeNull();
    expect(open).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Exit' })).toBeNull();
    open.mockRestore();
  });

  it('times the talk: Pause holds the clock, Resume goes on, Reset starts again', async () => {
    // The clock and its tick only: Testing Library waits on real timeouts.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const user = userEvent.setup();
    render(<Presentation />);
    expect(elapsed()).toHaveTextContent('00:00');
    act(() => vi.advanceTimersByTime(65_000));
    expect(elapsed()).toHaveTextContent('01:05');

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(30_000));
    expect(elapsed()).toHaveTextContent('01:05');

    await user.click(screen.getByRole('button', { name: 'Resume' }));
    act(() => vi.advanceTimersByTime(10_000));
    expect(elapsed()).toHaveTextContent('01:15');

    await user.click(screen.getByRole('button', { name: 'Reset' }));
    act(() => vi.advanceTimersByTime(1_000));
    expect(elapsed()).toHaveTextContent('00:01');
  });
});
