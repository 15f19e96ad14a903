/**
 * `backstory dates --dct YYYY-MM-DD FILE`: every date expression in a plain-text file, resolved
 * against the publication date, one JSON object a line:
 * `{"start":N,"end":N,"text":"…","value":"2013-03-18"}`.
 */
import { isValidDay, parseDay } from '../core/dates/calendar';
import { findDates } from '../core/dates/index';

export interface DatesIo {
  readFile(path: string): Promise<string>;
  write(s: string): void;
}

const USAGE = 'usage: backstory dates --dct YYYY-MM-DD FILE\n';

/** `YYYY-MM-DD` naming a real day (not "2018-02-30"). */
function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = parseDay(s);
  return isValidDay(d.year, d.month, d.day);
}

/** Runs the command; resolves to the process exit code (0 on success, 2 on bad arguments, 1 when the file cannot be read). */
export async function runDates(args: string[], io: DatesIo): Promise<number> {
  let dct: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--dct') dct = args[++i];
    else if (arg.startsWith('--dct=')) dct = arg.slice(6);
    else if (arg === '--help' || arg === '-h') {
      io.write(USAGE);
      return 0;
    } else files.push(arg);
  }
  if (!dct || !isCalendarDay(dct) || files.length !== 1) {
    io.write(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(files[0]!);
  } catch (error) {
    io.write(`backstory dates: cannot read ${files[0]}: ${(error as Error).message}\n`);
    return 1;
  }
  for (const d of findDates(text, dct)) {
    io.write(`${JSON.stringify({ start: d.start, end: d.end, text: d.text, value: d.value })}\n`);
  }
  return 0;
}
