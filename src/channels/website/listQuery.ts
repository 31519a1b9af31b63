import { exploitationTypeOptions } from '@/fields/exploitationTypes'
import { couldBeAnId } from '@/http/ids'
import type { Words } from '@/i18n/adminLanguage'
import { label } from '@/i18n/label'
import { pageTypes, type PageType } from '@/links/pageAddress'

export const listSorts = ['-publishedAt', 'publishedAt', 'title', '-title'] as const
export type ListSort = (typeof listSorts)[number]

export type ListQuery = {
  types: PageType[]
  exploitationType: string | null
  location: string | null
  sort: ListSort
  page: number
  limit: number
}

export const maxListLimit = 100
const maxPage = 100_000
const exploitationTypes = exploitationTypeOptions.map((option) => option.value)
const known = ['type', 'exploitationType', 'location', 'sort', 'page', 'limit']

const wholeNumber = (value: string, min: number, max: number) =>
  /^\d{1,6}$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : null

/**
 * A list's query, checked whole: every problem is named (a 400), and equal questions come out
 * equal, so they share one cached answer (types sorted and deduplicated).
 */
export const parseListQuery = (
  params: URLSearchParams,
): { query: ListQuery } | { problems: Words[] } => {
  const problems: Words[] = []
  const one = (name: string) => {
    const values = params.getAll(name)
    if (values.length > 1)
      problems.push(
        label(`"${name}" bir dəfə verin.`, `Give "${name}" once.`, `Укажите "${name}" один раз.`),
      )
    return values[0]
  }
  for (const name of new Set(params.keys()))
    if (!known.includes(name))
      problems.push(
        label(
          `Naməlum parametr "${name}": ${known.join(', ')} olar.`,
          `Unknown parameter "${name}": use ${known.join(', ')}.`,
          `Неизвестный параметр "${name}": допустимы ${known.join(', ')}.`,
        ),
      )

  const typeParam = one('type')
  const types = typeParam ? [...new Set(typeParam.split(','))].sort() : [...pageTypes].sort()
  for (const type of types)
    if (!(pageTypes as readonly string[]).includes(type))
      problems.push(
        label(
          `Naməlum növ "${type}": ${pageTypes.join(', ')} olar.`,
          `Unknown type "${type}": use ${pageTypes.join(', ')}.`,
          `Неизвестный тип "${type}": допустимы ${pageTypes.join(', ')}.`,
        ),
      )

  const exploitationType = one('exploitationType') ?? null
  if (exploitationType !== null && !exploitationTypes.includes(exploitationType))
    problems.push(
      label(
        `Naməlum exploitationType: ${exploitationTypes.join(', ')} olar.`,
        `Unknown exploitationType: use ${exploitationTypes.join(', ')}.`,
        `Неизвестный exploitationType: допустимы ${exploitationTypes.join(', ')}.`,
      ),
    )

  const location = one('location') ?? null
  if (location !== null && !couldBeAnId(location))
    problems.push(
      label(
        '"location" məkanın id-si olmalıdır.',
        '"location" must be a location’s id.',
        '"location" должен быть id места.',
      ),
    )

  const sort = (one('sort') ?? '-publishedAt') as ListSort
  if (!listSorts.includes(sort))
    problems.push(
      label(
        `"sort": ${listSorts.join(', ')} olar.`,
        `"sort" must be one of ${listSorts.join(', ')}.`,
        `"sort" — одно из ${listSorts.join(', ')}.`,
      ),
    )

  const pageParam = one('page')
  const page = pageParam === undefined ? 1 : wholeNumber(pageParam, 1, maxPage)
  if (page === null)
    problems.push(
      label(
        `"page" 1-dən ${maxPage}-ə qədər tam ədəd olmalıdır.`,
        `"page" must be a whole number from 1 to ${maxPage}.`,
        `"page" — целое число от 1 до ${maxPage}.`,
      ),
    )

  const limitParam = one('limit')
  const limit = limitParam === undefined ? 20 : wholeNumber(limitParam, 1, maxListLimit)
  if (limit === null)
    problems.push(
      label(
        `"limit" 1-dən ${maxListLimit}-ə qədər tam ədəd olmalıdır.`,
        `"limit" must be a whole number from 1 to ${maxListLimit}.`,
        `"limit" — целое число от 1 до ${maxListLimit}.`,
      ),
    )

  return problems.length
    ? { problems }
    : {
        query: {
          types: types as PageType[],
          exploitationType,
          location,
          sort,
          page: page!,
          limit: limit!,
        },
      }
}

/** The same query always gives the same key; the page and size are not part of the list's key. */
export const listKey = ({ types, exploitationType, location, sort }: ListQuery) =>
  `${types.join(',')}|${exploitationType ?? ''}|${location ?? ''}|${sort}`
