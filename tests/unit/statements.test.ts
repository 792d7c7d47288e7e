import { describe, expect, it } from 'vitest';
import { mailtoWithSubject, phoneText, telephoneHref } from '../../src/lib/contact-links';
import { reportingContact, STORED_DATA } from '../../src/lib/statements';
import { SITE_DESCRIBERS } from '../../src/lib/storage/saved-data';

describe('whom the accessibility statement asks readers to tell about a problem', () => {
  const office = { role: 'Mentoring programme office', email: 'mentoring@northfield.example', phone: '+44 20 7946 0000' };
  const wellbeing = { role: 'Staff wellbeing service', url: 'https://med.northfield.example/wellbeing' };

  it('picks the first contact who can be emailed, whatever its place in the list', () => {
    expect(reportingContact([wellbeing, office])).toBe(office);
  });

  it('falls back to the first contact when none has an email, and to no one when the institution named no one', () => {
    expect(reportingContact([wellbeing])).toBe(wellbeing);
    expect(reportingContact([])).toBeUndefined();
  });

  it('links a phone number as dialled, and shows it on one line', () => {
    expect(telephoneHref('+44 (20) 7946-0000')).toBe('tel:+442079460000');
    expect(phoneText('+44 20 7946-0000')).toBe('+44\u00a020\u00a07946\u20110000');
  });

  it('writes the subject into the email link, encoded', () => {
    expect(mailtoWithSubject('a@b.example', 'Accessibility problem: Northfield & co')).toBe(
      'mailto:a@b.example?subject=Accessibility%20problem%3A%20Northfield%20%26%20co',
    );
  });
});

describe('what the privacy page says is saved', () => {
  it('describes every kind of record the site saves, and nothing else', () => {
    expect(Object.keys(STORED_DATA).sort()).toEqual(Object.keys(SITE_DESCRIBERS).sort());
  });
});
