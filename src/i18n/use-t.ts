import { useAppStore } from '../store/store';
import { translator, type Translate } from '.';

export function useT(): Translate {
  return translator(useAppStore((s) => s.locale));
}
