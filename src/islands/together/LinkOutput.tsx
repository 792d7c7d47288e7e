/**
 * The made link, ready to pass on: the link to copy, a small file to download, and a QR code to
 * scan (its library loaded only when there is a link to show). Shared by every share panel.
 */
import { useEffect, useState } from 'preact/hooks';

/** A QR code holds at most about 2,300 characters of a link at the error correction used, and is hard to scan well before. */
export const MAX_QR_LINK_LENGTH = 1200;

/**
 * The link made by `make` (the fragment after `#`) on this page, remade whenever `deps` change,
 * with its QR code when it is short enough for one ('' when it is not). `pending` while the link
 * shown was made from earlier `deps` (a name still being typed), so it is not copied as it was.
 */
export function useShareLink(make: (() => Promise<string>) | undefined, deps: unknown[]): { url?: string; qr?: string; pending: boolean } {
  const [made, setMade] = useState<{ url?: string; qr?: string; deps?: unknown[] }>({});
  useEffect(() => {
    if (!make) return setMade({});
    let current = true;
    void Promise.all([make(), import('../../lib/qr-code')]).then(([fragment, { qrCodeSvg }]) => {
      const url = `${location.origin}${location.pathname}#${fragment}`;
      if (current) setMade({ url, qr: url.length <= MAX_QR_LINK_LENGTH ? qrCodeSvg(url) : '', deps });
    });
    return () => {
      current = false;
    };
  }, deps);
  return { ...made, pending: !made.deps || deps.some((value, index) => value !== made.deps![index]) };
}

interface Props {
  url: string;
  qr: string | undefined;
  /** The link shown is being remade: copying or downloading waits for the new one. */
  pending: boolean;
  /** What the downloaded file says above the link. */
  fileIntro: string;
  fileName: string;
}

export function LinkOutput({ url, qr, pending, fileIntro, fileName }: Props) {
  const [copied, setCopied] = useState('');
  useEffect(() => setCopied(''), [url]);

  const updating = () => pending && (setCopied('Your link is being updated with your changes: try again in a moment.'), true);

  async function copy() {
    if (updating()) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied. Paste it into a message to your mentoring partner.');
    } catch {
      (document.getElementById('share-link') as HTMLTextAreaElement | null)?.select();
      setCopied('Your browser did not let this page copy. The link is selected: copy it with your keyboard or menu.');
    }
  }

  function download() {
    if (updating()) return;
    const href = URL.createObjectURL(new Blob([`${fileIntro}\n\n${url}\n`], { type: 'text/plain' }));
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.download = fileName;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }

  return (
    <>
      <label for="share-link" class="together__link-label">
        Your link
      </label>
      <textarea id="share-link" class="together__link" readOnly rows={4} value={url} aria-busy={pending} />
      <div class="actions">
        <button type="button" class="button" onClick={copy}>
          Copy the link
        </button>
        <button type="button" class="button button--secondary" onClick={download}>
          Download it as a file
        </button>
      </div>
      <p role="status" class="together__status">
        {copied}
      </p>
      {qr ? (
        <figure class="together__qr">
          <div role="img" aria-label="QR code of your link" dangerouslySetInnerHTML={{ __html: qr }} />
          <figcaption>Or let your partner scan this code with their phone’s camera: it opens the same link.</figcaption>
        </figure>
      ) : (
        qr === '' && <p class="together__no-qr">This link is too long for a QR code: send the link or the file instead.</p>
      )}
    </>
  );
}

/** The optional name or initials a link carries, with its error when too long. */
export function NameField({ name, problem, onInput, limit, whose = 'answers' }: { name: string; problem: string | undefined; onInput(name: string): void; limit: number; whose?: string }) {
  return (
    <div class={`field${problem ? ' field--error' : ''}`}>
      <label for="share-name">Your name or initials (optional)</label>
      <p class="hint" id="share-name-hint">
        Shown to your partner, so they know whose {whose} these are. Up to {limit} characters.
      </p>
      {problem && (
        <p class="error-message" id="share-name-error">
          <span class="visually-hidden">Error:</span> {problem}
        </p>
      )}
      <input
        id="share-name"
        type="text"
        autocomplete="off"
        value={name}
        aria-describedby={problem ? 'share-name-hint share-name-error' : 'share-name-hint'}
        aria-invalid={problem ? 'true' : undefined}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}
