#!/usr/bin/env python3
# Copyright 2026 The Decision Desk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The layering rules of src/DESIGN.md, checked: the core never uses GTK
# or libadwaita, and SQL stays in src/core/storage (the UI and the
# command line never touch SQLite). Prints TAP.
#
# usage: check-layers.py SOURCE_ROOT LIBDDCORE.a...

import os
import re
import subprocess
import sys

root = sys.argv[1]
libraries = sys.argv[2:]


def sources(folder):
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, folder)):
        for name in filenames:
            if name.endswith(('.c', '.h')):
                path = os.path.join(dirpath, name)
                with open(path, encoding='utf-8') as f:
                    yield os.path.relpath(path, root), f.read()


GTK_INCLUDE = re.compile(r'#\s*include\s*[<"](gtk/|gdk/|adwaita\.h|gtk\.h)')
SQL_USE = re.compile(r'#\s*include\s*[<"](sqlite3\.h|[^">]*dd-database-private\.h)|\bsqlite3_\w+\s*\(')

checks = []

offenders = [path for path, text in sources('src/core') if GTK_INCLUDE.search(text)]
checks.append(('src/core includes no GTK or libadwaita header', offenders))

undefined = []
for library in libraries:
    symbols = subprocess.run(['nm', '--undefined-only', library],
                             capture_output=True, text=True, check=True).stdout
    undefined += [line.split()[-1] for line in symbols.splitlines()
                  if re.search(r'\b(gtk|gdk|gsk|adw)_\w+$', line)]
checks.append(('libddcore links no GTK or libadwaita symbol', sorted(set(undefined))))

offenders = []
for folder in ('src/ui', 'src/cli', 'src/main.c'):
    if folder.endswith('.c'):
        with open(os.path.join(root, folder), encoding='utf-8') as f:
            texts = [(folder, f.read())]
    else:
        texts = sources(folder)
    offenders += [path for path, text in texts if SQL_USE.search(text)]
offenders += [path for path, text in sources('src/core')
              if SQL_USE.search(text) and not path.startswith('src/core/storage/')]
checks.append(('SQL stays in src/core/storage', offenders))

print('1..%d' % len(checks))
for number, (description, problems) in enumerate(checks, 1):
    if problems:
        print('not ok %d - %s' % (number, description))
        for problem in problems:
            print('# ' + problem)
    else:
        print('ok %d - %s' % (number, description))
