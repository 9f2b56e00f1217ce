import { useMemo } from 'react';
import { useAppStore } from '../store/store';
import { translator, type Translate } from '.';

export function useT(): Translate {
  const locale = useAppStore((s) => s.locale);
  return useMemo(() => translator(locale), [locale]);
}
