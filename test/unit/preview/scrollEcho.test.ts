import { strict as assert } from 'node:assert';
import { ScrollEcho } from '../../../src/webview/scrollEcho';

describe('ScrollEcho', () => {
  it('takes the scroll event where the page scrolled itself for its own, once', () => {
    const echo = new ScrollEcho();
    echo.scrolled(0, 480);
    assert.equal(echo.isEcho(480), true);
    assert.equal(echo.isEcho(480), false, 'the next event at the same place is the user\'s');
  });

  it('reports a scroll elsewhere (the user scrolled meanwhile)', () => {
    const echo = new ScrollEcho();
    echo.scrolled(0, 480);
    assert.equal(echo.isEcho(520), false);
  });

  it('expects no event when the page did not move', () => {
    const echo = new ScrollEcho();
    echo.scrolled(300, 300);
    assert.equal(echo.isEcho(300), false);
  });
});
