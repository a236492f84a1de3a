#!/usr/bin/env python3
"""Writes ko-common-words.txt: the Korean words that look like a name (a surname followed by
given-name syllables) but are ordinary words, so that core/redact does not take 부서 ("담당 부서에")
or 구성원 ("모든 구성원에게") for a person.

Source: the Korean Hunspell dictionary (hunspell-dict-ko 0.7.92 by Changwoo Ryu and the spellcheck-ko
contributors, https://github.com/spellcheck-ko/hunspell-dict-ko; MPL-1.1 or GPL-2+ or LGPL-2.1+), as
Debian 12 packages it (hunspell-ko: /usr/share/hunspell/ko.dic, words in NFD). A spelling dictionary
holds common words and no personal names, which is what this list needs. Only the stems are read (no
affix expansion). Kept: two-syllable words that begin with a one-syllable surname, and three-syllable
ones whose last two syllables are both common in given names (ko-given-syllables.txt) — the only
shapes a name candidate can take; four-syllable words beginning with a two-syllable surname likewise.

    apt-get download hunspell-ko && dpkg-deb -x hunspell-ko_*.deb /tmp/hko
    python3 make-ko-common-words.py /tmp/hko/usr/share/hunspell/ko.dic > ko-common-words.txt
"""
import os
import sys
import unicodedata

here = os.path.dirname(os.path.abspath(__file__))


def lines(name):
    with open(os.path.join(here, name), encoding='utf-8') as f:
        return [l.strip() for l in f if l.strip() and not l.startswith('#')]


surnames = lines('ko-surnames.txt')
surname1 = set(surnames[0])
surname2 = set(w for l in surnames[1:] for w in l.split())
given = set(''.join(lines('ko-given-syllables.txt')))


def hangul(w):
    return all('\uac00' <= c <= '\ud7a3' for c in w)


def keep(w):
    if not hangul(w):
        return False
    if len(w) == 2 and w[0] in surname1:
        return True
    if len(w) == 3 and w[0] in surname1:
        return w[1] in given and w[2] in given
    if len(w) in (3, 4) and w[:2] in surname2:
        return all(c in given for c in w[2:])
    return False


dic = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/hunspell/ko.dic'
words = set()
with open(dic, encoding='utf-8') as f:
    next(f)  # the word count
    for line in f:
        w = unicodedata.normalize('NFC', line.split('/')[0].strip())
        if keep(w):
            words.add(w)
print('# Ordinary Korean words shaped like a name, for core/redact (person_kr): made by')
print('# make-ko-common-words.py from the Korean Hunspell dictionary (hunspell-dict-ko 0.7.92,')
print('# Changwoo Ryu and the spellcheck-ko contributors; MPL-1.1 or GPL-2+ or LGPL-2.1+). One word a line.')
for w in sorted(words):
    print(w)
