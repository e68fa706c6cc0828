// Case 5 baseline: a hand-written "back to top" for the same three buttons, the way a careful
// developer would write it: one passive scroll listener, the work in one animation frame,
// reads first, then writes.
const buttons = [...document.querySelectorAll('.btt')];
let frame;

const thresholdPx = (value, viewport) =>
  value.endsWith('%') ? (parseFloat(value) / 100) * viewport : parseFloat(value);

function update() {
  frame = undefined;
  const top = window.scrollY;
  const viewport = window.innerHeight;
  let height;
  const reads = buttons.map((button) => {
    const shown = top > thresholdPx(button.dataset.threshold, viewport);
    if (!('progress' in button.dataset)) return { shown };
    height ??= document.documentElement.scrollHeight;
    return { shown, progress: Math.min(1, Math.max(0, top / (height - viewport))) };
  });
  buttons.forEach((button, i) => {
    button.classList.toggle('shown', reads[i].shown);
    if (reads[i].progress !== undefined) button.style.setProperty('--progress', String(reads[i].progress));
  });
}

function onScroll() {
  frame ??= requestAnimationFrame(update);
}

window.addEventListener('scroll', onScroll, { passive: true });
window.addEventListener('resize', onScroll, { passive: true });
onScroll();
