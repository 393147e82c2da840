# _sre's types (re.Pattern, re.Match, _sre.SRE_Scanner) exist once the
# module is imported, as in CPython. Checked in a fresh -I -S interpreter,
# where nothing imported re yet.
import subprocess
import sys

CHILD = r'''
import sys
OWN = ('Pattern', 'Match', 'SRE_Scanner')

def own():
    return sorted(t.__qualname__ for t in object.__subclasses__() if t.__qualname__ in OWN)

print('_sre' in sys.modules, 're' in sys.modules, own())
import _sre
print(own())
import re
p = re.compile(r'(?P<w>\w+)-(\d+)')
m = p.search('x abc-12 y')
print(type(p), type(m), type(p.scanner('a-1')).__name__)
print(m.group('w'), m.groups(), m.span(), p.pattern, p.groups, p.groupindex)
print(re.Pattern is type(p), re.Match is type(m), type(p).__module__, type(m).__module__)
print([x.group() for x in p.finditer('a-1 b-2')], p.sub(r'\2\1', 'q-9'))
print(sorted(own()))
'''

r = subprocess.run([sys.executable, '-I', '-S', '-c', CHILD], capture_output=True, text=True)
print(r.stdout, end='')
print(r.stderr, end='')
print('exit', r.returncode)
