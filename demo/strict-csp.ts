// The strict-CSP demo page: the same sources as the other demo pages, plus a visible count of
// Content-Security-Policy violations (there should be none). No inline script: CSP forbids it.
const statusElement = (): HTMLElement | null => document.getElementById('csp-status');
let violations = 0;
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    violations++;
    console.warn('CSP violation:', event.effectiveDirective, event.blockedURI, event.sample);
    show();
  },
  true,
);

function show(): void {
  const element = statusElement();
  if (!element) return;
  const enforced = 'trustedTypes' in window ? 'Trusted Types مفروضة' : 'لا يدعم هذا المتصفح Trusted Types';
  element.textContent = `${enforced} · مخالفات سياسة الأمان: ${violations.toLocaleString('ar')}`;
  element.dataset['violations'] = String(violations);
}

await import('../src/index.js');
show();
export {};
