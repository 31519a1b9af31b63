import type { TextFieldSingleValidation, UploadFieldSingleValidation } from 'payload'
import { upload } from 'payload/shared'

import { httpUrlField, validateHttpUrl } from '@/fields/httpUrl'
import { searchable } from '@/fields/searchableText'
import { slugField } from '@/fields/slug'
import { relatedField } from '@/fields/related'
import { label } from '@/i18n/label'

import { campaignContent } from '../campaignContent'
import { contentTypeLabels } from '../contentTypeLabels'

import { videoSourceProblem, type VideoSource } from './videoSource'

const validateFile: UploadFieldSingleValidation = (value, options) =>
  videoSourceProblem('file', { ...(options.siblingData as VideoSource), file: value }) ??
  upload(value, options)

const validateExternalUrl: TextFieldSingleValidation = (value, options) =>
  videoSourceProblem('externalUrl', {
    ...(options.siblingData as VideoSource),
    externalUrl: value,
  }) ?? validateHttpUrl(value, options)

const isSource = (type: VideoSource['sourceType']) => (_: unknown, siblingData: VideoSource) =>
  siblingData?.sourceType === type

/** A video clip: an uploaded file or a link to where it is hosted, with subtitles per language. */
export const Videos = campaignContent({
  slug: 'videos',
  labels: contentTypeLabels.videos,
  columns: ['sourceType', 'duration'],
  fields: [
    slugField(),
    searchable({
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Təsvir', 'Description', 'Описание'),
    }),
    {
      name: 'sourceType',
      type: 'radio',
      required: true,
      defaultValue: 'upload',
      label: label('Mənbə', 'Source', 'Источник'),
      options: [
        { value: 'upload', label: label('Yüklənmiş fayl', 'Uploaded file', 'Загруженный файл') },
        { value: 'external', label: label('Xarici keçid', 'External link', 'Внешняя ссылка') },
      ],
    },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'video-files',
      label: label('Video faylı', 'Video file', 'Видеофайл'),
      admin: { condition: isSource('upload') },
      validate: validateFile,
    },
    httpUrlField({
      name: 'externalUrl',
      label: label('Video keçidi', 'Video link', 'Ссылка на видео'),
      admin: { condition: isSource('external') },
      validate: validateExternalUrl,
    }),
    {
      name: 'posterFrame',
      type: 'upload',
      relationTo: 'media',
      label: label('Örtük kadrı', 'Poster frame', 'Кадр-обложка'),
    },
    {
      name: 'duration',
      type: 'number',
      min: 1,
      label: label('Müddət (saniyə)', 'Duration (seconds)', 'Длительность (секунды)'),
    },
    {
      name: 'subtitles',
      type: 'upload',
      relationTo: 'video-files',
      localized: true,
      label: label('Subtitrlər (WebVTT)', 'Subtitles (WebVTT)', 'Субтитры (WebVTT)'),
    },
    relatedField('stories'),
  ],
})
