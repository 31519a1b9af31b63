import { describe, expect, it } from 'vitest'

import { isPrivateAddress, privateAddressOf } from '@/channels/partners/webhooks/privateAddress'

describe('isPrivateAddress: IPv4 hidden in IPv6', () => {
  it.each([
    [
      'IPv4-mapped addresses in dotted and in hex form',
      [
        '::ffff:127.0.0.1',
        '::ffff:7f00:1',
        '0:0:0:0:0:ffff:7f00:0001',
        '::FFFF:7F00:1',
        '::ffff:a00:1',
        '::ffff:c0a8:101',
        '::ffff:a9fe:a9fe', // 169.254.169.254, the cloud metadata service
      ],
    ],
    ['IPv4-translated addresses (::ffff:0:0:0/96)', ['::ffff:0:7f00:1', '::ffff:0:10.0.0.1']],
    [
      'IPv4-compatible addresses (::a.b.c.d)',
      ['::127.0.0.1', '::7f00:1', '::10.0.0.1', '::a00:1', '::192.168.1.1'],
    ],
    [
      'NAT64 addresses (64:ff9b::/96) of private IPv4, and local NAT64 entirely',
      [
        '64:ff9b::127.0.0.1',
        '64:ff9b::7f00:1',
        '64:ff9b::10.0.0.1',
        '64:ff9b::a9fe:a9fe',
        '64:ff9b:0:0:0:0:c0a8:101',
        '64:ff9b:1::8.8.8.8',
      ],
    ],
    [
      '6to4 addresses (2002::/16) of private IPv4',
      ['2002:7f00:1::', '2002:7f00:0001::1', '2002:a00:1::1', '2002:c0a8:101:1::1'],
    ],
    [
      'Teredo, documentation, discard and site-local IPv6',
      ['2001:0:4136:e378:8000:63bf:3fff:fdd2', '2001:db8::1', '100::1', 'fec0::1'],
    ],
    [
      'documentation IPv4 networks and anything that is not a plain address',
      ['192.0.2.1', '198.51.100.7', '203.0.113.9', 'fe80::1%eth0', '[::1]', '0x7f.1'],
    ],
  ])('should refuse %s', (_, addresses) => {
    expect(addresses.filter((address) => !isPrivateAddress(address))).toEqual([])
  })

  it('should let public IPv4 through in each of these forms', () => {
    const forms = [
      '8.8.8.8',
      '::ffff:8.8.8.8',
      '::ffff:808:808',
      '64:ff9b::8.8.8.8',
      '64:ff9b::808:808',
      '2002:808:808::1',
      '2001:4860:4860::8888',
    ]
    expect(forms.filter(isPrivateAddress)).toEqual([])
  })
})

describe('the private address a webhook URL reaches', () => {
  const resolvesTo =
    (...addresses: string[]) =>
    async () =>
      addresses.map((address) => ({ address }))

  it('should name the host when it is a private IP address, without asking DNS', async () => {
    const noLookup = async () => {
      throw new Error('asked DNS')
    }
    expect(await privateAddressOf('http://127.0.0.1:8080/hook', noLookup)).toBe('127.0.0.1')
    expect(await privateAddressOf('https://[::ffff:10.0.0.1]/hook', noLookup)).toBe('::ffff:a00:1')
    expect(await privateAddressOf('https://8.8.8.8/hook', noLookup)).toBeNull()
  })

  it('should name any private address a name resolves to, as sending does', async () => {
    expect(
      await privateAddressOf('https://partner.example/hook', resolvesTo('8.8.8.8', '10.1.2.3')),
    ).toBe('10.1.2.3')
    expect(await privateAddressOf('https://partner.example/hook', resolvesTo('8.8.8.8'))).toBeNull()
    // The real resolver: localhost is loopback.
    expect(await privateAddressOf('http://localhost:3000/hook')).toMatch(/^(127\.|::1$)/)
  })

  it('should not call a name that does not resolve private', async () => {
    const fails = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })
    }
    expect(await privateAddressOf('https://nowhere.invalid/hook', fails)).toBeNull()
  })
})
