import { describe, expect, it } from 'vitest'

import { couldBeAnId, isWellFormedId } from '@/http/ids'
import { isJsonObject, isJsonType, parseJson } from '@/http/jsonBody'
import { refusalBody, refuse } from '@/http/refuse'

describe('parseJson', () => {
  it('should read JSON as Payload reads it, a leading byte order mark dropped', () => {
    expect(parseJson('{"a": 1}')).toEqual({ value: { a: 1 } })
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ value: { a: 1 } })
    expect(parseJson('null')).toEqual({ value: null })
  })

  it('should tell no JSON at all from JSON that is null', () => {
    expect(parseJson('{not json')).toBeUndefined()
    expect(parseJson('')).toBeUndefined()
  })
})

describe('isJsonObject', () => {
  it('should take only an object, not a list or a single value', () => {
    expect(isJsonObject({})).toBe(true)
    for (const value of [null, [], 'x', 42, true]) expect(isJsonObject(value)).toBe(false)
  })
})

describe('isJsonType', () => {
  it('should take application/json with parameters, and nothing else', () => {
    expect(isJsonType('application/json; charset=utf-8')).toBe(true)
    expect(isJsonType('application/json')).toBe(true)
    for (const type of ['text/plain', 'application/jsonp', 'multipart/form-data', undefined, null])
      expect(isJsonType(type)).toBe(false)
  })
})

describe('refuse', () => {
  it('should make a public error with its status, answered in the shape Payload uses', () => {
    const error = refuse(409, 'Someone else is changing this item.')
    expect([error.status, error.message, error.isPublic]).toEqual([
      409,
      'Someone else is changing this item.',
      true,
    ])
    expect(refusalBody('why')).toEqual({ errors: [{ message: 'why' }] })
  })
})

describe('couldBeAnId', () => {
  it('should take an id of either database and nothing else', () => {
    expect(couldBeAnId('42')).toBe(true)
    expect(couldBeAnId('64b7f0c2a1b2c3d4e5f60718')).toBe(true)
    for (const id of ['0', 'abc', '..', 'x'.repeat(24), '1 or 1=1'])
      expect(couldBeAnId(id)).toBe(false)
    expect(isWellFormedId('64b7f0c2a1b2c3d4e5f60718', 'sqlite')).toBe(false)
  })
})
