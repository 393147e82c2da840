import sys
try:
    sys.exit(3)
except SystemExit as e:
    print('caught', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('caught', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('caught', e.code)
print('exiting with 7')
sys.exit(7)
