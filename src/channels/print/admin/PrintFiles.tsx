'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { formatAdminDate } from '@/i18n/adminDates'
import { adminLanguageOf, type AdminLanguage, type Words } from '@/i18n/adminLanguage'

type PrintFile = {
  id: string | number
  locale: string
  format: string
  status: 'ready' | 'failed'
  error?: string | null
  pages?: number | null
  bytes?: number | null
  previewName?: string | null
  generatedAt: string
}

type Lang = AdminLanguage
const words = {
  heading: { az: 'Çap faylları', en: 'Print files', ru: 'Файлы для печати' },
  none: {
    az: 'Material dərc ediləndən bir neçə saniyə sonra çap faylları burada görünür.',
    en: 'Print files appear here a few seconds after the item is published.',
    ru: 'Файлы для печати появятся здесь через несколько секунд после публикации материала.',
  },
  download: { az: 'PDF yüklə', en: 'Download PDF', ru: 'Скачать PDF' },
  share: { az: 'Mətbəə üçün link', en: 'Link for the print shop', ru: 'Ссылка для типографии' },
  shareRefused: {
    az: 'Link yaratmaq olmadı',
    en: 'The link could not be made',
    ru: 'Не удалось создать ссылку',
  },
  expires: { az: 'Etibarlıdır:', en: 'Valid until', ru: 'Действует до' },
  pages: { az: 'səh.', en: 'pp.', ru: 'стр.' },
  refresh: { az: 'Yenilə', en: 'Refresh', ru: 'Обновить' },
} satisfies Record<string, Words>

const ShareLink = ({ file, lang }: { file: PrintFile; lang: Lang }) => {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | { status: number } | null>(
    null,
  )
  const make = async () => {
    const response = await fetch(`/api/print-files/${file.id}/share-link`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    // The API's refusal is in English for API clients; the admin says it in its own language.
    setLink(response.ok ? await response.json() : { status: response.status })
  }
  if (!link)
    return (
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={make}>
        {words.share[lang]}
      </button>
    )
  if ('status' in link)
    return (
      <span role="alert">
        {words.shareRefused[lang]} ({link.status})
      </span>
    )
  return (
    <span>
      <input readOnly value={link.url} style={{ width: '24em' }} data-share-url />{' '}
      {words.expires[lang]} {formatAdminDate(link.expiresAt)}
    </span>
  )
}

/**
 * Each print file of this item: a preview of its first page, a download, and a link a print
 * shop can use until it expires. Files that could not be made say why.
 */
export const PrintFiles = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = adminLanguageOf(i18n.language)
  const [files, setFiles] = useState<PrintFile[] | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const query = new URLSearchParams({
      'where[itemCollection][equals]': String(collectionSlug),
      'where[itemId][equals]': String(id),
      sort: 'locale',
      limit: '100',
      depth: '0',
    })
    const response = await fetch(`/api/print-files?${query}`, { credentials: 'include' })
    if (response.ok) setFiles((await response.json()).docs)
  }, [id, collectionSlug])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return null
  return (
    <section className="print-files" style={{ margin: '24px 0' }}>
      <h3 style={{ marginBottom: 8 }}>
        {words.heading[lang]}{' '}
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={load}>
          {words.refresh[lang]}
        </button>
      </h3>
      {!files?.length ? (
        <p>{words.none[lang]}</p>
      ) : (
        <table className="table">
          <tbody>
            {files.map((file) => (
              <tr key={file.id} data-print-file={`${file.locale}:${file.format}`}>
                <td>
                  {file.previewName ? (
                    <img
                      src={`/api/print-files/${file.id}/preview`}
                      alt=""
                      style={{ maxWidth: 120, maxHeight: 120, border: '1px solid #ccc' }}
                    />
                  ) : null}
                </td>
                <td>
                  <strong>{file.locale.toUpperCase()}</strong> · {file.format}
                </td>
                {file.status === 'ready' ? (
                  <>
                    <td>
                      {file.pages} {words.pages[lang]} · {Math.round((file.bytes ?? 0) / 1024)} KB
                    </td>
                    <td>
                      <a href={`/api/print-files/${file.id}/download`} download>
                        {words.download[lang]}
                      </a>
                    </td>
                    <td>
                      <ShareLink file={file} lang={lang} />
                    </td>
                  </>
                ) : (
                  <td colSpan={3} role="alert">
                    {file.error}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
