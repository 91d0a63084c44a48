import type { CellResult } from '../../../../src/data/schemas/cell-rules';
import { choiceCell, isoDateCell, readCell } from '../../../../src/data/schemas/zod-cells';
import type { DateRange } from '../../../../src/data/schemas/zod-cells';

/** The rule a cell breaks, or 'ok'; keeps a failing expectation readable. */
export const ruleOf = (result: CellResult<unknown>) => (result.ok ? 'ok' : result.rule);
export const messageOf = (result: CellResult<unknown>) => (result.ok ? '' : result.message);
export const valueOf = <T>(result: CellResult<T>) => (result.ok ? result.value : undefined);
/** Dates and choices are read by zod's validators (z.iso.date, z.enum); these read one cell with them. */
export const checkDate = (raw: string, range?: DateRange) => readCell(isoDateCell(range), raw);
export const checkEnum = <const T extends string>(raw: string, allowed: readonly T[]) => readCell(choiceCell(allowed), raw);
