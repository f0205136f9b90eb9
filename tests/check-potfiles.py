#!/usr/bin/env python3
# Copyright 2026 The Decision Desk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every source file with translatable strings must be in po/POTFILES.in,
# and every file listed there must exist. Prints TAP.

import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

C_MARKERS = re.compile(r'(?<![\w])(?:_|N_|C_|NC_|g_dngettext|ngettext)\s*\(')
UI_MARKER = re.compile(r'translatable="yes"')
ALWAYS_TRANSLATABLE = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml')


def listed_files():
    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip() and not line.startswith('#')]


def translatable_files():
    found = []
    for top in ('src', 'resources', 'data'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            for name in filenames:
                path = os.path.join(dirpath, name)
                relative = os.path.relpath(path, root)
                if name.endswith(ALWAYS_TRANSLATABLE):
                    found.append(relative)
                    continue
                if name.endswith(('.c', '.h')):
                    marker = C_MARKERS
                elif name.endswith('.ui'):
                    marker = UI_MARKER
                else:
                    continue
                with open(path, encoding='utf-8') as f:
                    text = f.read()
                # Comments and macro definitions mention the markers
                # without marking anything.
                text = re.sub(r'/\*.*?\*/', '', text, flags=re.DOTALL)
                text = re.sub(r'//[^\n]*', '', text)
                text = re.sub(r'#\s*define\s+\w+.*', '', text)
                if marker.search(text):
                    found.append(relative)
    return sorted(found)


listed = listed_files()
missing = [f for f in translatable_files() if f not in listed]
absent = [f for f in listed if not os.path.exists(os.path.join(root, f))]

print('1..2')
if missing:
    print('not ok 1 - files with translatable strings missing from po/POTFILES.in')
    for f in missing:
        print('# missing: ' + f)
else:
    print('ok 1 - every file with translatable strings is in po/POTFILES.in')

if absent:
    print('not ok 2 - po/POTFILES.in lists files that do not exist')
    for f in absent:
        print('# no such file: ' + f)
else:
    print('ok 2 - every file in po/POTFILES.in exists')
