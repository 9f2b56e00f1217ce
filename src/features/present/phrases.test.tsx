import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { Phrases, chineseWords } from './phrases';

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

describe('text that wraps between words only', () => {
  it('cuts Chinese into words, the text unchanged', () => {
    const text = '视频扩散模型特别适合识别体内动态变化';
    const words = chineseWords(text)!;
    expect(words.join('')).toBe(text);
    expect(words.length).toBeGreaterThan(3);
    // No word is cut inside: 视频 (video) stays whole.
    expect(words.some((w) => w.includes('视') && !w.includes('频'))).toBe(false);
  });

  it('keeps a sign and punctuation with the word before it', () => {
    const words = chineseWords('2022 年模型的 56%；2023 年的 79%')!;
    expect(words).toContain('56%；');
    expect(words.some((w) => w.startsWith('%') || w.startsWith('；'))).toBe(false);
  });

  it('marks a break opportunity after each Chinese word, and leaves English alone', () => {
    useAppStore.setState({ locale: 'zh' });
    const { container, rerender } = render(<Phrases text="视频扩散模型增强机器人感知" />);
    expect(container.querySelector('.phrases')).toHaveTextContent('视频扩散模型增强机器人感知');
    expect(container.querySelectorAll('wbr').length).toBeGreaterThan(2);
    useAppStore.setState({ locale: 'en' });
    rerender(<Phrases text="Video diffusion models enhance robot perception" />);
    expect(container.querySelector('.phrases')).toBeNull();
    expect(container).toHaveTextContent('Video diffusion models enhance robot perception');
  });
});
