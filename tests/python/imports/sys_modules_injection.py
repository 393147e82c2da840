import sys, types
fake = types.ModuleType('fake_krait')
fake.answer = 42
sys.modules['fake_krait'] = fake
import fake_krait
print(fake_krait.answer)
from fake_krait import answer
print(answer)
sys.modules['blocked_krait'] = None
try:
    import blocked_krait
except ImportError as e:
    print(e)
