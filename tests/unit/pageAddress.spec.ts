import { describe, expect, it } from 'vitest'

import {
  homePageAddress,
  pageAddress,
  pageAddressProblem,
  pageAddressesIn,
} from '@/links/pageAddress'

const templates = {
  home: 'https://xeberdar.example/{locale}/',
  stories: 'https://xeberdar.example/hekayeler/{slug}',
  posters: 'https://xeberdar.example/{locale}/{type}/{id}',
}

describe('page addresses', () => {
  it('should fill in the slug, and the id where a type has no slug', () => {
    expect(pageAddress(templates, { type: 'stories', locale: 'az', slug: 'seki', id: 7 })).toBe(
      'https://xeberdar.example/hekayeler/seki',
    )
    expect(pageAddress(templates, { type: 'posters', locale: 'ru', id: 42 })).toBe(
      'https://xeberdar.example/ru/posters/42',
    )
  })

  it('should encode a slug so it cannot change the address', () => {
    expect(
      pageAddress(templates, { type: 'stories', locale: 'az', slug: '../admin?x=1#y', id: 1 }),
    ).toBe('https://xeberdar.example/hekayeler/..%2Fadmin%3Fx%3D1%23y')
  })

  it('should be null where the campaign has not said, or the template is unusable', () => {
    expect(pageAddress(templates, { type: 'articles', locale: 'az', slug: 'x', id: 1 })).toBeNull()
    expect(
      pageAddress({ videos: 'javascript:alert(1)//{slug}' }, { type: 'videos', locale: 'az', id: 1 }),
    ).toBeNull()
    expect(homePageAddress(templates, 'en')).toBe('https://xeberdar.example/en/')
    expect(homePageAddress({}, 'en')).toBeNull()
  })

  it('should refuse templates that are no web address or name unknown placeholders', () => {
    expect(pageAddressProblem('https://xeberdar.example/{locale}/{type}/{slug}')).toBeNull()
    expect(pageAddressProblem('xeberdar.example/{id}')).toMatch(/https/)
    expect(pageAddressProblem('javascript:alert(1)//{id}')).toMatch(/https/)
    expect(pageAddressProblem('https://xeberdar.example/{name}')).toMatch(/\{slug\}/)
  })

  it("should take one language's templates from the settings read in every language", () => {
    expect(
      pageAddressesIn({ stories: { az: 'https://a.example/{slug}', en: null } }, 'az').stories,
    ).toBe('https://a.example/{slug}')
    expect(pageAddressesIn({ stories: { az: 'https://a.example/{slug}' } }, 'en').stories).toBeNull()
  })
})
