import { addDays } from "@/lib/time";

export interface HolidayEntry {
  date: string;
  name: string;
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The given weekday (0 = Sunday) in the seven days starting on `fromDay` of a month (may run into the next month). */
function weekdayIn(year: number, month: number, fromDay: number, weekday: number): string {
  const start = iso(year, month, fromDay);
  const first = new Date(Date.UTC(year, month - 1, fromDay)).getUTCDay();
  return addDays(start, (weekday - first + 7) % 7);
}

/**
 * Sweden's public holidays (allmänna helgdagar, lag (1989:253)) plus the three eves that are de facto
 * non-working days: Midsommarafton, Julafton and Nyårsafton are not holidays in law, but nearly every
 * employer closes and the collective agreements treat them as Sundays, so a deadline falling on one is
 * moved to the next working day here too. Saturday and Sunday holidays (Påskdagen, Pingstdagen,
 * Midsommardagen, Alla helgons dag) are listed for completeness; weekends move a deadline anyway.
 */
export function swedishHolidays(year: number): HolidayEntry[] {
  const easter = easterSunday(year);
  const list: HolidayEntry[] = [
    { date: iso(year, 1, 1), name: "Nyårsdagen" },
    { date: iso(year, 1, 6), name: "Trettondedag jul" },
    { date: addDays(easter, -2), name: "Långfredagen" },
    { date: easter, name: "Påskdagen" },
    { date: addDays(easter, 1), name: "Annandag påsk" },
    { date: iso(year, 5, 1), name: "Första maj" },
    { date: addDays(easter, 39), name: "Kristi himmelfärdsdag" },
    { date: addDays(easter, 49), name: "Pingstdagen" },
    { date: iso(year, 6, 6), name: "Sveriges nationaldag" },
    // Midsommardagen is the Saturday from 20 to 26 June; its eve, the Friday before.
    { date: addDays(weekdayIn(year, 6, 20, 6), -1), name: "Midsommarafton (de facto)" },
    { date: weekdayIn(year, 6, 20, 6), name: "Midsommardagen" },
    // Alla helgons dag is the Saturday from 31 October to 6 November.
    { date: weekdayIn(year, 10, 31, 6), name: "Alla helgons dag" },
    { date: iso(year, 12, 24), name: "Julafton (de facto)" },
    { date: iso(year, 12, 25), name: "Juldagen" },
    { date: iso(year, 12, 26), name: "Annandag jul" },
    { date: iso(year, 12, 31), name: "Nyårsafton (de facto)" },
  ];
  return list.sort((x, y) => x.date.localeCompare(y.date));
}
