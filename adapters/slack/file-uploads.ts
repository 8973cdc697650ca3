// A message's files, uploaded with files.uploadV2 into a conversation the bot
// posted in (a channel, or a person's DM with the bot: uploads take only
// conversation ids, never a user id).
import type { webApi } from '@slack/bolt';
import type { Message } from '../../src/core/message.js';
import type { FileAccess } from '../../src/core/platform-adapter.js';

export async function uploadFiles(
  client: webApi.WebClient,
  files: FileAccess,
  channelId: string,
  threadTs: string | undefined,
  message: Message,
): Promise<void> {
  const uploads = [];
  for (const file of message.files ?? []) {
    const content = await files.read(file.id);
    if (!content) throw new Error(`file ${file.id} (${file.name}) has expired`);
    uploads.push({ file: Buffer.from(content.bytes), filename: file.name, title: file.title ?? file.name });
  }
  if (uploads.length === 0) return;
  await client.filesUploadV2({ channel_id: channelId, ...(threadTs ? { thread_ts: threadTs } : {}), file_uploads: uploads });
}
