import { hostContextFromElement, hostContextFromMountOptions } from './host-bridge';

describe('hostContextFromMountOptions', () => {
  it('keeps what the host gave, trimmed', () => {
    expect(
      hostContextFromMountOptions({
        apiUrl: ' /graphql ',
        token: 'agent-token',
        contact: { externalId: 'zd-1003', email: 'lena.fischer@fabrikam.example' },
        ticketId: '4821',
        locale: ' zh-CN ',
      }),
    ).toEqual({
      apiUrl: '/graphql',
      token: 'agent-token',
      contact: { externalId: 'zd-1003', email: 'lena.fischer@fabrikam.example' },
      ticketId: '4821',
      locale: 'zh-CN',
    });
  });

  it.each([
    [{ token: 't', contact: { externalId: 'zd-1' } }, 'NpsDesk.mount: an API URL is required'],
    [{ apiUrl: '/graphql', token: ' ', contact: { externalId: 'zd-1' } }, 'NpsDesk.mount: a token is required'],
    [
      { apiUrl: '/graphql', token: 't', contact: { email: '' } },
      'NpsDesk.mount: the contact needs an externalId or an email',
    ],
    [undefined, 'NpsDesk.mount: an API URL is required'],
  ])('rejects %j', (options, message) => {
    expect(() => hostContextFromMountOptions(options)).toThrow(new TypeError(message));
  });
});

describe('hostContextFromElement', () => {
  function elementWith(attributes: Record<string, string>): Element {
    const element = document.createElement('div');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  }

  it('reads the panel attributes', () => {
    const element = elementWith({
      'api-url': '/graphql',
      token: 'agent-token',
      'contact-email': 'tom.becker@contoso.example',
      locale: 'zh-CN',
    });

    expect(hostContextFromElement(element)).toEqual({
      apiUrl: '/graphql',
      token: 'agent-token',
      contact: { email: 'tom.becker@contoso.example' },
      locale: 'zh-CN',
    });
  });

  it('is null until the host has set everything the panel needs', () => {
    expect(hostContextFromElement(elementWith({ 'api-url': '/graphql', 'contact-external-id': 'zd-1001' }))).toBeNull();
  });
});
