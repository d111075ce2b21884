// The trend chart's two scales: "nice" value ticks (1-2-5 steps) for the y axis, and year ticks for
// the x axis at round years, as far apart as the labels need so that they never collide.

/** Year steps the x axis may take: every year, every second, every fifth … */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/**
 * The ticks of a y axis from 0 to at least `max`, about `count` of them, at 1-2-5 steps; whole
 * numbers only when `integers` (occurrences). Gives {step, top, ticks, decimals}.
 */
export function valueTicks(max, count, integers) {
  const raw = Math.max(max, 0) / Math.max(1, count);
  let step = 1;
  if (raw > 0) {
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw * (1 - 1e-9));
  }
  if (integers) step = Math.max(1, Math.round(step));
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const ticks = [];
  for (let i = 0; i * step <= top * (1 + 1e-9); i++) ticks.push(Number((i * step).toFixed(decimals)));
  return { step, top, ticks, decimals };
}

/**
 * The smallest year step whose labels, `labelWidth` pixels each, fit `pixelsPerYear` apart with
 * room between them; and the round years from `first` to `last` that carry a label at that step.
 */
export function yearTicks(first, last, pixelsPerYear, labelWidth) {
  const step = YEAR_STEPS.find((s) => s * pixelsPerYear >= labelWidth) || YEAR_STEPS[YEAR_STEPS.length - 1];
  const years = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) years.push(y);
  return { step, years: years.length ? years : [first] };
}
