/**
 * The LRS sender: one POST to `<endpoint>statements` with xAPI's version header, the Authorization the
 * page gave, and `keepalive` for the page's last statements; failures carry the HTTP status.
 */
import { expect } from '@open-wc/testing';
import { LrsError } from '../../src/tracking/xapi-queue.js';
import { lrsSender } from '../../src/tracking/xapi-send.js';
import type { XapiStatement } from '../../src/tracking/xapi-statements.js';

const statement = { id: 'a1b2', actor: {}, verb: { id: 'v', display: {} }, object: { objectType: 'Activity', id: 'x' }, timestamp: '' } as XapiStatement;

function fakeFetch(respond: () => Response | Promise<Response>) {
  const seen: Array<{ url: string; init: RequestInit }> = [];
  const f = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return respond();
  }) as unknown as typeof fetch;
  return { f, seen };
}

describe('lrsSender', () => {
  it('posts the batch as JSON to <endpoint>statements with the version and auth headers', async () => {
    const { f, seen } = fakeFetch(() => new Response('["a1b2"]', { status: 200 }));
    await lrsSender({ endpoint: 'https://lrs.example/xapi', auth: 'dGVzdDpzZWNyZXQ=', fetch: f })([statement], false);
    expect(seen).to.have.length(1);
    expect(seen[0].url).to.equal('https://lrs.example/xapi/statements');
    expect(seen[0].init).to.include({ method: 'POST', keepalive: false });
    expect(seen[0].init.headers).to.deep.equal({
      'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json', Authorization: 'Basic dGVzdDpzZWNyZXQ=',
    });
    expect(JSON.parse(seen[0].init.body as string)).to.deep.equal([statement]);
  });

  it('keeps a full Authorization value as given, and sends the last statements with keepalive', async () => {
    const { f, seen } = fakeFetch(() => new Response(null, { status: 204 }));
    await lrsSender({ endpoint: 'https://lrs.example/xapi/', auth: 'Bearer xyz', fetch: f })([statement], true);
    expect((seen[0].init.headers as Record<string, string>).Authorization).to.equal('Bearer xyz');
    expect(seen[0].url).to.equal('https://lrs.example/xapi/statements');
    expect(seen[0].init.keepalive).to.equal(true);
  });

  it('an error answer rejects with its status and text; no answer with status 0', async () => {
    const refused = lrsSender({ endpoint: 'https://lrs.example/', fetch: fakeFetch(() => new Response('bad statement', { status: 400 })).f });
    const e1 = await refused([statement], false).then(() => null, (e: unknown) => e);
    expect(e1).to.be.instanceOf(LrsError);
    expect(e1).to.include({ status: 400, message: 'bad statement' });
    const down = lrsSender({ endpoint: 'https://lrs.example/', fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).f });
    const e2 = await down([statement], false).then(() => null, (e: unknown) => e);
    expect(e2).to.include({ status: 0 });
  });
});
