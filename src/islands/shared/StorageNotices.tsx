/** Tells the user, politely and once, when what they enter cannot be saved or what was saved could not be read. */
import { useEffect, useState } from 'preact/hooks';
import { canKeep } from '../../lib/storage/storage-health';
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
    <div class="storage-notices" role="status" data-pagefind-ignore>
      {notice.storage === 'unavailable' && (
        <p class="notice">
          Your browser is not letting this site save anything, so what you enter here will be lost when you leave this
          page. Everything still works for this visit.
        </p>
      )}
      {notice.storage === 'unreadable' && (
        <p class="notice">
          Your browser lets this site save but not read back what it saved, so what you enter here will be lost when you
          leave this page. Anything saved before is untouched.
        </p>
      )}
      {notice.saveFailed && canKeep(notice.storage) && (
        <p class="notice">
          Your browser's storage for this site is full, so your latest changes are not being saved. Everything saved
          before is safe. Deleting things you no longer need, on the My saved data page, will let saving resume.
        </p>
      )}
      {(notice.load === 'corrupt' || notice.load === 'newer') && (
        <p class="notice">
          {notice.load === 'newer'
            ? 'What was saved here was made by a newer version of this site and cannot be read here.'
            : 'What was saved here could not be read, so you are starting afresh.'}{' '}
          We have kept the saved text unchanged.{' '}
          {downloadUrl && (
            <a href={downloadUrl} download="mentorship-guide-unreadable-data.txt">
              Download the saved text
            </a>
          )}
        </p>
      )}
      {notice.load === 'migrated' && (
        <p class="notice">What was saved here came from an earlier version of this site and has been updated.</p>
      )}
      {notice.changedElsewhere && <p class="notice">This was updated in another tab or window, and this page now shows the latest.</p>}
    </div>
  );
}
