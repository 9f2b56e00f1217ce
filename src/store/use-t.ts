import { useAppStore } from './store';
import { translator, type Translate } from '../i18n';

export function useT(): Translate {
  return translator(useAppStore((s) => s.locale));
}
