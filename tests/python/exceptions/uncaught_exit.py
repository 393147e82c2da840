print('before')
import sys
sys.stdout.flush()
raise ValueError('uncaught value error')
print('never')
