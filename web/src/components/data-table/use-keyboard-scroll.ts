import { useEffect, useRef } from 'react';

/**
 * A wide table scrolls sideways inside its own box; keyboard users can only scroll it once it takes focus
 * (WCAG 2.1.1, axe's scrollable-region-focusable). Put the ref on an element around the antd Table: while the
 * table overflows, its scroll box becomes a tab stop named after the table.
 */
export function useKeyboardScroll<T extends HTMLElement>(label: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    for (const box of ref.current?.querySelectorAll<HTMLElement>('.ant-table-content') ?? []) {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', label);
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    }
  });
  return ref;
}
