import sys, io
sys.stdin = io.StringIO('first line\nsecond\n')
print(repr(input()), repr(input('prompt> ')))
try:
    input()
except EOFError as e:
    print('EOFError', e)
