#!/usr/bin/env python3
# Copyright 2026 The Decision Desk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each language in po/LINGUAS must pass `msgfmt --check` and translate
# every string the sources have now: the template is extracted afresh
# (as `ninja decision-desk-pot` would) and merged, so a new string
# without a translation fails here. Prints TAP.

import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
po_dir = os.path.join(root, 'po')

with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
    languages = f.read().split()

print('1..%d' % (1 + 2 * len(languages)))

with tempfile.TemporaryDirectory() as scratch:
    pot = os.path.join(scratch, 'decision-desk.pot')
    extract = subprocess.run(
        ['xgettext', '--files-from=' + os.path.join(po_dir, 'POTFILES.in'),
         '--directory=' + root, '--output=' + pot, '--from-code=UTF-8',
         '--add-comments=Translators', '--keyword=_', '--keyword=N_',
         '--keyword=C_:1c,2', '--keyword=NC_:1c,2', '--keyword=g_dngettext:2,3',
         '--keyword=ngettext:1,2', '--flag=g_strdup_printf:1:c-format',
         '--flag=g_set_error:4:c-format', '--package-name=decision-desk'],
        capture_output=True, text=True)
    if extract.returncode != 0 or not os.path.exists(pot):
        print('not ok 1 - extract the strings with xgettext')
        for line in (extract.stderr or '').splitlines():
            print('# ' + line)
        sys.exit(0)
    print('ok 1 - extract the strings with xgettext')

    n = 1
    for lang in languages:
        po = os.path.join(po_dir, lang + '.po')

        n += 1
        check = subprocess.run(['msgfmt', '--check', '-o', os.devnull, po],
                               capture_output=True, text=True)
        if check.returncode == 0:
            print('ok %d - %s.po passes msgfmt --check' % (n, lang))
        else:
            print('not ok %d - %s.po passes msgfmt --check' % (n, lang))
            for line in check.stderr.splitlines():
                print('# ' + line)

        n += 1
        merged = os.path.join(scratch, lang + '.po')
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                       check=True)
        stats = subprocess.run(['msgfmt', '--statistics', '-o', os.devnull, merged],
                               capture_output=True, text=True).stderr.strip()
        untranslated = subprocess.run(['msgattrib', '--untranslated', '--no-obsolete', merged],
                                      capture_output=True, text=True).stdout
        missing = re.findall(r'^msgid "(.+)"$', untranslated, re.MULTILINE)
        if re.search(r'untranslated|fuzzy', stats):
            print('not ok %d - %s.po translates every string (%s)' % (n, lang, stats))
            for msgid in missing[:50]:
                print('# untranslated: ' + msgid)
        else:
            print('ok %d - %s.po translates every string (%s)' % (n, lang, stats))
