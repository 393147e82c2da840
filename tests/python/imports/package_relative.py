import _pkg
from _pkg import sub
from _pkg.sub import func
print(_pkg.NAME, sub.NAME, func(), _pkg.sub is sub)
import _pkg.other
print(_pkg.other.from_sibling(), _pkg.__name__, sub.__name__, sub.__package__)
