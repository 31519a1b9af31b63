import { describe, expect, it } from 'vitest'

import { hasRole, isStaffUser } from '@/access/roles'
import { orientationOf } from '@/channels/screens/playlist'
import { videoSourceProblem } from '@/collections/Videos/videoSource'
import { httpUrlProblem } from '@/fields/httpUrl'
import { scheduleWindowProblem } from '@/fields/scheduleWindow'
import { isWellFormedId } from '@/http/ids'
import { pathProblem, queryProblem } from '@/server/queryGuard'

describe('scheduleWindowProblem', () => {
  it('should allow open ends and windows that end after they start', () => {
    expect(scheduleWindowProblem(null, null)).toBeNull()
    expect(scheduleWindowProblem('2026-12-01T08:00:00+04:00', null)).toBeNull()
    expect(scheduleWindowProblem(null, '2026-12-01T08:00:00+04:00')).toBeNull()
    expect(
      scheduleWindowProblem('2026-12-01T08:00:00+04:00', '2026-12-01T08:00:01+04:00'),
    ).toBeNull()
  })

  it('should refuse a window that ends when or before it starts', () => {
    expect(scheduleWindowProblem('2026-12-01T08:00:00+04:00', '2026-12-01T04:00:00Z')).toMatch(
      /end after/,
    )
    expect(scheduleWindowProblem('2026-12-02', '2026-12-01')).toMatch(/end after/)
  })
})

describe('videoSourceProblem', () => {
  it('should require the file for uploads and the link for external videos', () => {
    expect(videoSourceProblem('file', { sourceType: 'upload' })).toMatch(/video file/)
    expect(videoSourceProblem('file', { sourceType: 'upload', file: 3 })).toBeNull()
    expect(videoSourceProblem('externalUrl', { sourceType: 'external' })).toMatch(/link/)
    expect(videoSourceProblem('externalUrl', { sourceType: 'upload' })).toBeNull()
    expect(
      videoSourceProblem('file', { sourceType: 'external', externalUrl: 'https://x' }),
    ).toBeNull()
  })
})

describe('httpUrlProblem', () => {
  it('should accept http and https addresses only', () => {
    expect(httpUrlProblem('https://partner.example.org/hook')).toBeNull()
    expect(httpUrlProblem('http://localhost:8080/hook')).toBeNull()
    expect(httpUrlProblem('javascript:alert(1)')).toMatch(/http/)
    expect(httpUrlProblem('ftp://x.example.org')).toMatch(/http/)
    expect(httpUrlProblem('partner.example.org')).toMatch(/not a web address/)
  })
})

describe('orientationOf', () => {
  it('should derive orientation from the resolution', () => {
    expect(orientationOf('1920x1080')).toBe('landscape')
    expect(orientationOf('1080x1920')).toBe('portrait')
    expect(orientationOf('3840x2160')).toBe('landscape')
  })
})

describe('roles', () => {
  it('should treat only admin users as staff, whatever a partner or screen record holds', () => {
    expect(hasRole({ collection: 'users', roles: ['editor'] }, 'editor', 'admin')).toBe(true)
    expect(hasRole({ collection: 'users', roles: ['translator'] }, 'editor')).toBe(false)
    expect(hasRole({ collection: 'partners', roles: ['admin'] }, 'admin')).toBe(false)
    expect(isStaffUser({ collection: 'screens' })).toBe(false)
    expect(isStaffUser(null)).toBe(false)
  })
})

describe('queryProblem', () => {
  it('should accept configured locales, all, and the ways to switch fallback off', () => {
    expect(queryProblem({})).toBeNull()
    expect(queryProblem({ locale: 'az' })).toBeNull()
    expect(queryProblem({ locale: 'all', 'fallback-locale': 'none' })).toBeNull()
    expect(queryProblem({ locale: 'ru', fallbackLocale: 'en' })).toBeNull()
  })

  it('should refuse unknown or malformed locales with the list of good ones', () => {
    expect(queryProblem({ locale: 'de' })).toMatch(/Unknown locale "de".*az, en, ru/)
    expect(queryProblem({ locale: ['az', 'en'] })).toMatch(/Unknown locale/)
    expect(queryProblem({ 'fallback-locale': 'tr' })).toMatch(/fallback/)
  })
})

describe('pathProblem', () => {
  it('should pass addresses that decode, encoded letters included, and name a broken escape', () => {
    expect(pathProblem('/print-files/12/download')).toBeNull()
    expect(pathProblem('/stories/x%C9%99b%C9%99rdar')).toBeNull()
    for (const path of ['/print-files/%E0%A4%A/download', '/print/shared/%', '/x%zz'])
      expect(pathProblem(path), path).toMatch(/broken %-escape/)
  })
})

describe('isWellFormedId', () => {
  it('should accept row numbers on SQLite and ObjectIds on MongoDB only', () => {
    expect(isWellFormedId('42', 'sqlite')).toBe(true)
    expect(isWellFormedId(42, 'sqlite')).toBe(true)
    expect(isWellFormedId('0', 'sqlite')).toBe(false)
    expect(isWellFormedId('4e', 'sqlite')).toBe(false)
    expect(isWellFormedId('1 or 1=1', 'sqlite')).toBe(false)
    expect(isWellFormedId('65a1f0c2e4b0a1b2c3d4e5f6', 'mongoose')).toBe(true)
    expect(isWellFormedId('42', 'mongoose')).toBe(false)
    expect(isWellFormedId({ $gt: '' }, 'mongoose')).toBe(false)
  })

  it('should refuse every form parseFloat or Number would read as a row number', () => {
    const lenient = ['1abc', '01', '1e0', ' 1', '1 ', '+1', '1.0', '0x1', '1_0', '١']
    expect(lenient.filter((id) => isWellFormedId(id, 'sqlite'))).toEqual([])
    const objectId = '65a1f0c2e4b0a1b2c3d4e5f6'
    const near = [` ${objectId}`, `${objectId}0`, objectId.slice(1), `${objectId.slice(1)}g`]
    expect(near.filter((id) => isWellFormedId(id, 'mongoose'))).toEqual([])
  })
})

describe('queryProblem, paging and where', () => {
  it('should accept paging within bounds', () => {
    expect(queryProblem({ limit: '50', page: '2', depth: '0' })).toBeNull()
    expect(queryProblem({ 'where[title][equals]': 'x' })).toBeNull()
  })

  it('should refuse paging that is not a whole number in range, and a bare where', () => {
    expect(queryProblem({ limit: 'abc' })).toBe('"limit" must be a whole number from 1 to 500.')
    expect(queryProblem({ limit: '0' })).toMatch(/"limit"/)
    expect(queryProblem({ limit: '100000' })).toMatch(/"limit"/)
    expect(queryProblem({ page: '-1' })).toMatch(/"page"/)
    expect(queryProblem({ page: '99999999999999999999' })).toMatch(/"page"/)
    expect(queryProblem({ depth: '9' })).toMatch(/"depth"/)
    expect(queryProblem({ limit: ['1', '2'] })).toMatch(/"limit"/)
    expect(queryProblem({ where: 'abc' })).toMatch(/"where" must be a condition/)
  })

  it('should refuse locale=all on writes only', () => {
    expect(queryProblem({ locale: 'all' }, 'GET')).toBeNull()
    expect(queryProblem({ locale: 'all' }, 'PATCH')).toMatch(/one language at a time/)
  })
})
