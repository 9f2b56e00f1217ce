import type { Translate } from '../../i18n';
import type { RowProblem } from '../../lib/import-result';
import { FIELDS, fieldById } from '../../lib/fields';
import { YEAR_RANGE } from '../../data/years';

/** One problem of an imported row, in words: where (row, line), which column, and why. */
export function describeProblem(problem: RowProblem, t: Translate) {
  return {
    row: problem.line
      ? t('import.rowLine', { row: problem.row, line: problem.line })
      : String(problem.row),
    column: problem.column
      ? t(fieldById(FIELDS, problem.column)?.label ?? 'import.wholeRow')
      : t('import.wholeRow'),
    reason:
      problem.reason === 'fieldCount'
        ? t('import.reason.fieldCount', {
            found: problem.found ?? 0,
            expected: problem.expected ?? 0,
          })
        : t(`import.reason.${problem.reason}`, {
            min: String(YEAR_RANGE.min),
            max: String(YEAR_RANGE.max),
          }),
  };
}
