// Several views on one page, each in a root of its own: the demo ticket's panel, a second panel
// and the sales list (nps-desk-sales.js, loaded on demand). Every id they make is unique in the
// page, and every label or description points into its own view. The standalone scripts render
// with Preact, whose ids start over in every root: plugin-ui/src/standalone-react.ts prefixes
// them per root, as React's useId() and identifierPrefix do.
import { useDemoBrowser } from '../support/browser';

interface NpsDeskOnPage {
  mount(element: Element, options: object): unknown;
  mountSalesCandidates(element: Element, options: object): unknown;
}

const VIEWS = ['#nps-desk-panel', '#second-panel', '#sales-list'];

const suite = useDemoBrowser({ viewport: { width: 1280, height: 900 } });

describe('standalone views side by side on one page', () => {
  test('successful-ids-are-unique-and-labels-stay-in-their-view', async () => {
    await suite.page.goto(`${suite.server.baseUrl}/demo/ticket?requester=zd-1003`);
    await suite.page.getByTestId('nps-panel-ready').waitFor();
    await suite.page.evaluate(async () => {
      const session = async (role: string) =>
        (await (await fetch(`/demo/session?role=${role}`)).json()) as { token: string; apiUrl: string };
      const npsDesk = (window as unknown as { NpsDesk: NpsDeskOnPage }).NpsDesk;
      const secondPanel = document.body.appendChild(document.createElement('aside'));
      secondPanel.id = 'second-panel';
      npsDesk.mount(secondPanel, { ...(await session('agent')), contact: { externalId: 'zd-1001' } });
      const salesList = document.body.appendChild(document.createElement('main'));
      salesList.id = 'sales-list';
      npsDesk.mountSalesCandidates(salesList, await session('sales'));
    });
    await suite.page.locator('#second-panel').getByTestId('nps-panel-ready').waitFor();
    // Not by the list's name: that name comes through an id, which is what this test checks.
    await suite.page.locator('#sales-list .npsdesk-candidate').first().waitFor();

    const views = await suite.page.evaluate((selectors) => {
      const idsIn = (view: Element) => [...view.querySelectorAll('[id]')].map((element) => element.id);
      const references = (view: Element) =>
        [...view.querySelectorAll('[aria-labelledby], [aria-describedby], label[for]')].flatMap((element) =>
          ['aria-labelledby', 'aria-describedby', 'for'].flatMap(
            (name) => element.getAttribute(name)?.split(' ') ?? [],
          ),
        );
      return selectors.map((selector) => {
        const view = document.querySelector(selector);
        if (!view) throw new Error(`no ${selector} on the page`);
        return {
          ids: idsIn(view),
          // Each reference, and whether the element it names is inside the same view.
          references: references(view).map((id) => ({ id, inView: view.contains(document.getElementById(id)) })),
        };
      });
    }, VIEWS);

    const ids = views.flatMap((view) => view.ids);
    expect(ids.length).toBeGreaterThan(VIEWS.length);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const view of views) {
      expect(view.references.length).toBeGreaterThan(0);
      expect(view.references.filter((reference) => !reference.inView)).toEqual([]);
    }
  });
});
