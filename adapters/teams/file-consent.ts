// The second half of Teams' file consent flow: the person accepted an export's
// consent card, Teams gave an upload URL in their OneDrive, the bot puts the
// bytes there and shows the file. No Graph permission is involved.
import type { Activity, FileUploadInfo } from 'botbuilder';
import type { FileAccess } from '../../src/core/platform-adapter.js';

export const fileInfoContentType = 'application/vnd.microsoft.teams.card.file.info';

/** Uploads the file in one request (Teams' upload sessions take a whole small file with a full Content-Range). */
async function put(uploadUrl: string, bytes: Uint8Array): Promise<void> {
  const response = await fetch(uploadUrl, {
    method: 'PUT',
    headers: { 'content-range': `bytes 0-${bytes.byteLength - 1}/${bytes.byteLength}`, 'content-type': 'application/octet-stream' },
    body: Buffer.from(bytes),
  });
  if (!response.ok) throw new Error(`upload refused: HTTP ${response.status}`);
}

export async function uploadConsentedFile(
  files: FileAccess,
  fileId: string | undefined,
  uploadInfo: FileUploadInfo | undefined,
): Promise<{ uploaded: boolean; activity: Partial<Activity> }> {
  const file = fileId ? await files.read(fileId) : undefined;
  if (!file) {
    return {
      uploaded: false,
      activity: { type: 'message', text: 'That export has expired (files are kept for a limited time). Ask for it again.' },
    };
  }
  if (!uploadInfo?.uploadUrl) {
    return {
      uploaded: false,
      activity: { type: 'message', text: `Teams gave no place to put ${file.name}. Please ask for the export again.` },
    };
  }
  try {
    await put(uploadInfo.uploadUrl, file.bytes);
  } catch {
    return {
      uploaded: false,
      activity: { type: 'message', text: `${file.name} could not be saved to your OneDrive. Please ask for the export again.` },
    };
  }
  return {
    uploaded: true,
    activity: {
      type: 'message',
      attachments: [
        {
          contentType: fileInfoContentType,
          contentUrl: uploadInfo.contentUrl,
          name: uploadInfo.name ?? file.name,
          content: { uniqueId: uploadInfo.uniqueId, fileType: uploadInfo.fileType },
        },
      ],
    },
  };
}
