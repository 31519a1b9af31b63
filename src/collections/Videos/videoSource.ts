export type VideoSource = {
  sourceType?: 'upload' | 'external' | null
  file?: unknown
  externalUrl?: string | null
}

/** A clip is either an uploaded file or a link elsewhere: say what is missing, or null. */
export const videoSourceProblem = (
  field: 'file' | 'externalUrl',
  { sourceType, file, externalUrl }: VideoSource,
): string | null => {
  if (field === 'file' && sourceType === 'upload' && !file) return 'Choose the uploaded video file.'
  if (field === 'externalUrl' && sourceType === 'external' && !externalUrl)
    return 'Give the link to the video (https://…).'
  return null
}
