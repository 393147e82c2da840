# Exponents beyond the implementation limits in Decimal(str) and
# Context.create_decimal: saturated as libmpdec does (InvalidOperation when
# exact, overflow or underflow in a context), never a syntax error.
from decimal import *
c = Context()
for s in ['1e-2999999999999999999', '1e-1999999999999999998', '1e-1999999999999999999', '1e-2000000000000000000',
          '1e-9223372036854775808', '1e-99999999999999999999', '1e2999999999999999999', '1e99999999999999999999',
          '0e-99999999999999999999', '0e99999999999999999999', '1.5e-3000000000000000000', '1e9223372036854775807',
          '1e9223372036854775808', '-1e-9223372036854775807', '1e0000000000000000000000000000005', '1e-000',
          '123456789012345678901234567890e-99999999999999999999', '123456789012345678901234567890e99999999999999999999',
          '1e1999999999999999998', '1e1999999999999999999', '1e+', '1e', '1e--5']:
    c.clear_flags()
    try:
        print(s[:40], repr(c.create_decimal(s)), sorted(k.__name__ for k, v in c.flags.items() if v))
    except Exception as e:
        print(s[:40], repr(e))
    try:
        print(" ", repr(Decimal(s)))
    except Exception as e:
        print(" ", repr(e))
