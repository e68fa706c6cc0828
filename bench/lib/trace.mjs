// Reads a Chromium DevTools trace (page.tracing, devtools.timeline categories) of the scrolling
// case: scroll events, script time by origin, and forced (synchronous) style and layout.
//
// Method: only the renderer main thread between the performance marks `bench-scroll-start` and
// `bench-scroll-end` is read.
//  - Scroll events: `EventDispatch` events with data.type "scroll".
//  - Script time of some code: the wall time of the outermost `FunctionCall` events whose
//    function lives in that code (data.url), e.g. the library's scroll listener and its
//    animation-frame callback; nested calls are not counted twice.
//  - Forced layout: a `Layout` event that JavaScript caused. Chromium records the JS stack
//    (beginData.stackTrace) on a Layout only when a script's read (offsetHeight, scrollY,
//    getBoundingClientRect...) made it lay out synchronously; a Layout inside a script event
//    (FunctionCall, EventDispatch, FireAnimationFrame, TimerFire, RunMicrotasks,
//    EvaluateScript) counts too. Lifecycle layouts (in the frame's rendering step) are not forced.
//  - Forced style recalculation: the same for `UpdateLayoutTree` events.
//  Each forced event is attributed to the code of the top frame of its stack (or of the
//  innermost FunctionCall around it).
// The stack category (disabled-by-default-devtools.timeline.stack) makes every traced call much
// slower, so times come from a trace without it (forced work is then found by nesting), and
// the stacks from a short second trace.

const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EventDispatch',
  'FireAnimationFrame',
  'TimerFire',
  'RunMicrotasks',
  'EvaluateScript',
  'v8.callFunction',
]);

/** B/E pairs to complete events, on one thread. */
function completeEvents(events) {
  const out = [];
  const open = [];
  for (const event of events) {
    if (event.ph === 'X') out.push(event);
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin)
        out.push({ ...begin, ph: 'X', dur: event.ts - begin.ts, args: { ...begin.args, ...event.args } });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
}

/**
 * @param trace the parsed trace (object with traceEvents, or an array)
 * @param origins { name: (url) => boolean } the code to attribute script time and forced work to
 */
export function analyzeScrollTrace(trace, origins) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const start = events.find((e) => e.name === 'bench-scroll-start');
  const end = events.find((e) => e.name === 'bench-scroll-end');
  if (!start || !end) throw new Error('the trace has no bench-scroll-start/end marks');
  const onThread = events.filter(
    (e) => e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts <= end.ts,
  );
  const complete = completeEvents(onThread);
  const originOf = (url) => {
    if (!url) return 'unknown';
    for (const [name, test] of Object.entries(origins)) if (test(url)) return name;
    return 'other';
  };

  const scrollEvents = complete.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'scroll');

  // Outermost FunctionCalls, with their origin.
  const calls = complete.filter((e) => e.name === 'FunctionCall');
  const scriptMs = {};
  const scriptCpuMs = {};
  let outerEnd = -Infinity;
  for (const call of calls) {
    if (call.ts < outerEnd) continue;
    outerEnd = call.ts + call.dur;
    const origin = originOf(call.args?.data?.url);
    scriptMs[origin] = (scriptMs[origin] ?? 0) + call.dur / 1000;
    scriptCpuMs[origin] = (scriptCpuMs[origin] ?? 0) + (call.tdur ?? call.dur) / 1000;
  }

  const scripts = complete.filter((e) => SCRIPT_EVENTS.has(e.name));
  const innermostCall = (event) => {
    let found;
    for (const call of calls) {
      if (call.ts > event.ts) break;
      if (call.ts + call.dur >= event.ts + (event.dur ?? 0)) found = call;
    }
    return found;
  };
  const insideScript = (event) =>
    scripts.some((s) => s.ts <= event.ts && s.ts + s.dur >= event.ts + (event.dur ?? 0) && s !== event);

  const forced = (name) => {
    const byOrigin = {};
    let count = 0;
    let ms = 0;
    let total = 0;
    const examples = [];
    for (const event of complete.filter((e) => e.name === name)) {
      total++;
      const stack = event.args?.beginData?.stackTrace;
      if (!(stack?.length > 0) && !insideScript(event)) continue;
      count++;
      ms += event.dur / 1000;
      const url = stack?.[0]?.url ?? innermostCall(event)?.args?.data?.url;
      const origin = originOf(url);
      byOrigin[origin] = (byOrigin[origin] ?? 0) + 1;
      if (examples.length < 3 && stack) {
        examples.push(
          stack
            .slice(0, 4)
            .map(
              (f) =>
                `${f.functionName || '(anonymous)'}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`,
            )
            .join(' < '),
        );
      }
    }
    return { count, ms, byOrigin, total, examples };
  };

  return {
    durationMs: (end.ts - start.ts) / 1000,
    scrollEvents: scrollEvents.length,
    scrollDispatchMs: scrollEvents.reduce((sum, e) => sum + e.dur / 1000, 0),
    animationFrames: complete.filter((e) => e.name === 'FireAnimationFrame').length,
    scriptMs,
    scriptCpuMs,
    forcedLayout: forced('Layout'),
    forcedStyle: forced('UpdateLayoutTree'),
  };
}

/**
 * Forced (synchronous) layouts and style recalculations in a trace of a whole page load (case 6):
 * `Layout` / `UpdateLayoutTree` events that carry a JS stack (the trace needs the
 * disabled-by-default-devtools.timeline.stack category), on any renderer thread, by the origin
 * of the stack's top frame. Lifecycle work (the frame's own rendering step) has no stack.
 */
export function analyzeLoadTrace(trace, origins) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const complete = completeEvents(events);
  const originOf = (url) => {
    if (!url) return 'unknown';
    for (const [name, test] of Object.entries(origins)) if (test(url)) return name;
    return 'other';
  };
  const forced = (name) => {
    const byOrigin = {};
    const msByOrigin = {};
    for (const event of complete.filter(
      (e) => e.name === name && e.args?.beginData?.stackTrace?.length > 0,
    )) {
      const top = event.args.beginData.stackTrace[0];
      const origin = originOf(top.url);
      byOrigin[origin] = (byOrigin[origin] ?? 0) + 1;
      msByOrigin[origin] = (msByOrigin[origin] ?? 0) + event.dur / 1000;
    }
    return { byOrigin, msByOrigin };
  };
  return { forcedLayout: forced('Layout'), forcedStyle: forced('UpdateLayoutTree') };
}

/**
 * Script on the renderer main thread of an idle page (case 8), between the performance marks
 * `bench-idle-start` and `bench-idle-end`: the outermost `FunctionCall` events by the origin of
 * their function (count and wall ms), and how many timer, animation-frame and other script
 * events ran at all, whoever's.
 */
export function analyzeIdleTrace(trace, origins) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const start = events.find((e) => e.name === 'bench-idle-start');
  const end = events.find((e) => e.name === 'bench-idle-end');
  if (!start || !end) throw new Error('the trace has no bench-idle-start/end marks');
  const complete = completeEvents(
    events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts <= end.ts),
  );
  const originOf = (url) => {
    if (!url) return 'unknown';
    for (const [name, test] of Object.entries(origins)) if (test(url)) return name;
    return 'other';
  };
  const calls = {};
  const callMs = {};
  let outerEnd = -Infinity;
  for (const call of complete.filter((e) => e.name === 'FunctionCall')) {
    if (call.ts < outerEnd) continue;
    outerEnd = call.ts + call.dur;
    const origin = originOf(call.args?.data?.url);
    calls[origin] = (calls[origin] ?? 0) + 1;
    callMs[origin] = (callMs[origin] ?? 0) + call.dur / 1000;
  }
  const scriptEvents = {};
  for (const event of complete.filter((e) => SCRIPT_EVENTS.has(e.name)))
    scriptEvents[event.name] = (scriptEvents[event.name] ?? 0) + 1;
  return {
    durationMs: (end.ts - start.ts) / 1000,
    calls,
    callMs,
    scriptEvents,
    layouts: complete.filter((e) => e.name === 'Layout').length,
  };
}
