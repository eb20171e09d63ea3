// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useOneChartTabStop } from './chart-tab-stops';

afterEach(cleanup);

const SVG = 'http://www.w3.org/2000/svg';

function Chart() {
  const box = useRef<HTMLDivElement>(null);
  useOneChartTabStop(box);
  return (
    <div ref={box} data-testid="box">
      <svg tabIndex={0} role="img" aria-label="Chart">
        <g className="recharts-zIndex-layer_-100" />
        <g className="recharts-cartesian-grid" />
      </svg>
    </div>
  );
}

describe('a chart is one tab stop', () => {
  it("takes recharts' layer groups out of the tab order, those it draws later too, and leaves the chart's surface and other groups alone", async () => {
    const { getByTestId } = render(<Chart />);
    const svg = getByTestId('box').querySelector('svg')!;
    expect(svg.querySelector('.recharts-zIndex-layer_-100')!.getAttribute('tabindex')).toBe('-1');
    expect(svg.querySelector('.recharts-cartesian-grid')!.hasAttribute('tabindex')).toBe(false);
    expect(svg.getAttribute('tabindex')).toBe('0');
    // Recharts adds its layers after its first render.
    const later = document.createElementNS(SVG, 'g');
    later.setAttribute('class', 'recharts-zIndex-layer_2000');
    svg.append(later);
    await new Promise<void>((resolve) => queueMicrotask(resolve)); // MutationObserver callbacks run as microtasks.
    expect(later.getAttribute('tabindex')).toBe('-1');
  });
});
