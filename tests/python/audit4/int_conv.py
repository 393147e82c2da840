import sys
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
# to_bytes / from_bytes
for n in [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -65536, 2**64, -2**64]:
    for length in [0, 1, 2, 8, 9]:
        for bo in ['big', 'little']:
            for signed in [False, True]:
                t(lambda: n.to_bytes(length, bo, signed=signed))
t(lambda: (5).to_bytes()); t(lambda: (300).to_bytes()); t(lambda: (5).to_bytes(2)); t(lambda: (5).to_bytes(byteorder='little', length=3))
t(lambda: (5).to_bytes(-1)); t(lambda: (5).to_bytes(2, 'middle')); t(lambda: (5).to_bytes(2, 5)); t(lambda: (5).to_bytes(2.0))
t(lambda: (5).to_bytes(2, 'big', True)); t(lambda: (-1).to_bytes(1, signed=False))
for b in [b'', b'\x00', b'\xff', b'\x80\x00', b'\x00\x80', b'\xff' * 9, bytearray(b'\x01\x02'), [1, 2, 3], (255,), memoryview(b'\x12\x34')]:
    for bo in ['big', 'little']:
        for signed in [False, True]:
            t(lambda: int.from_bytes(b, bo, signed=signed))
t(lambda: int.from_bytes(b'\x01\x02')); t(lambda: int.from_bytes([256])); t(lambda: int.from_bytes('ab')); t(lambda: int.from_bytes(b'\x01', 'x'))
t(lambda: int.from_bytes(5)); t(lambda: bool.from_bytes(b'\x01')); t(lambda: type(bool.from_bytes(b'\x00')))
class MyInt(int): pass
t(lambda: type(MyInt.from_bytes(b'\x05'))); t(lambda: MyInt.from_bytes(b'\x05'))
# int(x, base)
strs = ['0', '10', '-10', '+7', ' 12 ', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '0_1', '00', '007', '0x_1f', '0b', 'z', 'Z', '12a', '\t\n42\x0c', '١٢٣', '𝟏𝟐', '1e5', '', ' ', '-', '0b1_0', '0x', '-0x10', ' -0o7 ', '9' * 20, '0_0', '0b_', 'ـ1', '\u00a012\u2003', '1\x00']
for s in strs:
    for base in [0, 2, 8, 10, 16, 36]:
        print(repr(s), base, end=' ')
        t(lambda: int(s, base))
for base in range(2, 37):
    t(lambda: int('1' + 'z' * 3, base))
    t(lambda: int('10', base))
t(lambda: int('10', 1)); t(lambda: int('10', 37)); t(lambda: int('10', -1)); t(lambda: int(10, 10)); t(lambda: int('10', base=2**70)); t(lambda: int(b'12', 16)); t(lambda: int(bytearray(b' 0x12 '), 0)); t(lambda: int(b'1_2'))
t(lambda: int('10', 2.0)); t(lambda: int()); t(lambda: int(x='5')); t(lambda: int('5', base=None))
t(lambda: int(3.9)); t(lambda: int(-3.9)); t(lambda: int(1e20)); t(lambda: int(float('inf'))); t(lambda: int(float('nan'))); t(lambda: int(None)); t(lambda: int([1]))
t(lambda: int('x' * 200)); t(lambda: int('١٢٣' + '\u0660')); t(lambda: int(b'\xff'))
t(lambda: int(memoryview(b'123')[1:])); t(lambda: int(memoryview(b'12')))
# protocols
class I:
    def __index__(self): return 7
class IT:
    def __int__(self): return 8
class TR:
    def __trunc__(self): return 9
class TRbad:
    def __trunc__(self): return 'x'
class Ibad:
    def __index__(self): return 7.0
class IntBad:
    def __int__(self): return 'a'
class IntSub:
    def __int__(self): return True
class IdxSub:
    def __index__(self): return True
import warnings
warnings.simplefilter('always')
def tw(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        t(f)
        for x in w: print('  W', x.category.__name__, x.message)
tw(lambda: int(I())); tw(lambda: int(IT())); tw(lambda: int(TR())); tw(lambda: int(TRbad())); tw(lambda: int(Ibad())); tw(lambda: int(IntBad())); tw(lambda: int(IntSub())); tw(lambda: int(IdxSub()))
tw(lambda: [1, 2, 3][I()]); tw(lambda: [1, 2][Ibad()]); tw(lambda: hex(I())); tw(lambda: hex(IT())); tw(lambda: range(IdxSub())); tw(lambda: operator_index(IdxSub()))
import operator
tw(lambda: operator.index(IdxSub())); tw(lambda: operator.index(IT())); tw(lambda: (5).__index__())
tw(lambda: int('5', I())); tw(lambda: (5).to_bytes(I(), 'big'))
# string limit
t(lambda: sys.get_int_max_str_digits())
t(lambda: len(str(10 ** 4299)))
t(lambda: len(str(10 ** 4300)))
t(lambda: len(repr(-10 ** 4299)))
t(lambda: int('1' * 4300) % 10); t(lambda: int('1' * 4301)); t(lambda: int('-' + '1' * 4301)); t(lambda: int('0' * 5000)); t(lambda: int('1_' * 4300 + '1'))
t(lambda: int('1' * 5000, 16) % 7); t(lambda: int('1' * 5000, 2) % 7); t(lambda: int('1' * 5000, 8) % 7); t(lambda: int('1' * 5000, 0) % 7); t(lambda: int('1' * 5000, 3) % 7)
t(lambda: len(hex(10**5000))); t(lambda: f'{10**5000:x}'[:5]); t(lambda: f'{10**4300:d}'); t(lambda: f'{10**4300:,}'); t(lambda: '%d' % 10**4300); t(lambda: format(10**4300, '')); t(lambda: len(f'{10**5000:b}'))
t(lambda: sys.set_int_max_str_digits(100)); t(lambda: sys.set_int_max_str_digits(640)); t(lambda: sys.set_int_max_str_digits(639)); t(lambda: sys.set_int_max_str_digits(-1)); t(lambda: sys.set_int_max_str_digits(maxdigits=700))
t(lambda: sys.get_int_max_str_digits()); t(lambda: sys.flags.int_max_str_digits); t(lambda: sys.int_info)
t(lambda: len(str(10 ** 699))); t(lambda: len(str(10 ** 700))); t(lambda: int('9' * 700) % 9); t(lambda: int('9' * 701))
t(lambda: sys.set_int_max_str_digits(0)); t(lambda: len(str(10 ** 10000))); t(lambda: int('7' * 10000) % 10)
sys.set_int_max_str_digits(4300)
t(lambda: str(10**4300))
import json
t(lambda: json.loads('1' * 4301))
t(lambda: float('1' * 5000) > 0)
t(lambda: int(' 1' + '0' * 4299 + ' ') == 10**4299)
