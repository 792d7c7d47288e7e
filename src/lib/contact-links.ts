/** How a contact's phone number and email address become links (the footer, /contacts/, /accessibility/). */

/** The `tel:` link of a number as written ("+44 20 7946 0000" → "tel:+442079460000"). */
export function telephoneHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/** The number as shown: kept on one line (no break at its spaces or hyphens). */
export function phoneText(phone: string): string {
  return phone.replaceAll(' ', '\u00a0').replaceAll('-', '\u2011');
}

/** A `mailto:` link whose subject says what the message is about. */
export function mailtoWithSubject(email: string, subject: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}
