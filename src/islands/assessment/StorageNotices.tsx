/** Tells the user, politely and once, when their answers cannot be saved or could not be read. */
import { useEffect, useState } from 'preact/hooks';
import type { StoreNotice } from '../../lib/storage/record-store';

export function StorageNotices({ notice }: { notice: StoreNotice }) {
  const [downloadUrl, setDownloadUrl] = useState<string | undefined>();
  useEffect(() => {
    if (notice.unreadable === undefined) return;
    const url = URL.createObjectURL(new Blob([notice.unreadable], { type: 'text/plain' }));
    setDownloadUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [notice.unreadable]);

  return (
    <div class="storage-notices" role="status">
      {notice.storage === 'unavailable' && (
        <p class="notice">
          Your browser is not letting this site save anything, so your answers will be lost when you leave this page. You
          can still take the assessment and see your results.
        </p>
      )}
      {notice.saveFailed && notice.storage !== 'unavailable' && (
        <p class="notice">
          Your browser's storage for this site is full, so your latest answers are not being saved. Everything saved
          before is safe. Freeing space (for example by deleting old attempts) will let saving resume.
        </p>
      )}
      {(notice.load === 'corrupt' || notice.load === 'newer') && (
        <p class="notice">
          {notice.load === 'newer'
            ? 'Your saved answers were made by a newer version of this site and cannot be read here.'
            : 'Your saved answers for this assessment could not be read, so you are starting afresh.'}{' '}
          We have kept the saved text unchanged.{' '}
          {downloadUrl && (
            <a href={downloadUrl} download="mentorship-guide-unreadable-answers.txt">
              Download the saved text
            </a>
          )}
        </p>
      )}
      {notice.load === 'migrated' && (
        <p class="notice">Your saved answers came from an earlier version of this site and have been updated.</p>
      )}
      {notice.changedElsewhere && <p class="notice">Your answers were updated in another tab or window.</p>}
    </div>
  );
}
