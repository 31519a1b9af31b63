/**
 * The language an API answer's messages are written in: the first of az, ru or en the client's
 * Accept-Language names (by its q weights), English when it names none of them.
 */
export const answerLanguage = (header: string | undefined): 'az' | 'en' | 'ru' => {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { language: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index }
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const found = ranked.find(({ language }) => ['az', 'ru', 'en'].includes(language))
  return (found?.language as 'az' | 'ru' | undefined) ?? 'en'
}
