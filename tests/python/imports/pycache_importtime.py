# -X importtime and PYTHONPROFILEIMPORTTIME report each module importlib
# loads on stderr ("import time: self | cumulative | name", indented by
# nesting); -E ignores the variable. Times vary, so only the shape is shown.
import os
import re
import subprocess
import sys

env = {k: v for k, v in os.environ.items() if k != 'PYTHONPROFILEIMPORTTIME'}
LINE = re.compile(r'import time: {0,8}\d+ \| {0,9}\d+ \| ( *)(\S+)$')


def report(args, extra=None):
    r = subprocess.run([sys.executable, *args, '-c', 'import json, colorsys; import json'],
                       env=dict(env, **(extra or {})), capture_output=True, text=True)
    lines = r.stderr.splitlines()
    print(r.returncode, len(lines) > 0 and lines[0])
    depth = {}
    for line in lines[1:]:
        m = LINE.match(line)
        if not m:
            print('bad line', line)
            continue
        depth[m.group(2)] = len(m.group(1)) // 2
    for name in ['json', 'json.decoder', 'json.scanner', 'colorsys']:
        print(' ', name, depth.get(name))
    print('  json reported once:', sum(1 for l in lines if l.endswith('| json')))


report(['-X', 'importtime'])
report([], {'PYTHONPROFILEIMPORTTIME': '1'})
report(['-E'], {'PYTHONPROFILEIMPORTTIME': '1'})
report([])
