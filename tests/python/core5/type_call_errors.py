# type() with bases that are not types, __class_getitem__ = None, the
# "print >>" hint, struct sequences' dict argument, compile()'s obsolete
# nested_scopes flag, csv.writer's write lookup errors.
import __future__
import csv
import os
import sys
import time


class C:
    def __mro_entries__(self, bases):
        return ()


class D:
    pass


for bases in [(C(),), (D(),), (1,), (int, C()), (int, 2)]:
    try:
        type('Bad', bases, {})
    except TypeError as e:
        print("TypeError", e)


class NoneGetitem(tuple):
    __class_getitem__ = None


class NoneGetitem2:
    __class_getitem__ = None


class StrGetitem:
    __class_getitem__ = "Surprise!"


for cls in [NoneGetitem, NoneGetitem2, StrGetitem]:
    try:
        cls[int]
    except TypeError as e:
        print("TypeError", e)
for left, right in [(print, sys.stderr), (print, 1), (max, 1)]:
    try:
        left >> right
    except TypeError as e:
        print("TypeError", e)
try:
    print >>= 1
except TypeError as e:
    print("TypeError", e)
t = time.struct_time
for args, kw in [((), {}), ((None,), {}), (('123',), {}), (('123',), {'dict': {}}),
                 (('123456789',), {'dict': None}), (('123456789',), {'dict': {}})]:
    try:
        print(tuple(t(*args, **kw)))
    except TypeError as e:
        print("TypeError", e)
try:
    os.stat_result(tuple(range(10)), None)
except TypeError as e:
    print("TypeError", e)
for name in __future__.all_feature_names:
    flag = getattr(__future__, name).compiler_flag
    print(name, type(compile("x = 1", "<t>", "exec", flag)).__name__)
try:
    compile("x", "<t>", "exec", 0x8)
except ValueError as e:
    print("ValueError", e)


class BadWriter:
    @property
    def write(self):
        raise OSError("no write")


for w in [BadWriter(), object(), type('W', (), {'write': 3})()]:
    try:
        csv.writer(w)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
