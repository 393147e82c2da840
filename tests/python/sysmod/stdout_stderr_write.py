import sys
n = sys.stdout.write('written\n')
print(n)
sys.stdout.write('no newline')
sys.stdout.write('\n')
print(sys.stdout.encoding, sys.stdout.isatty())
sys.stdout.flush()
print('unicode é ✓ 😀')
