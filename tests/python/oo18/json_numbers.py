# json.dumps of ints and floats through the C-accelerated encoder: the text
# is int's and float's repr for the exact types, the subclasses' own repr
# is ignored, and non-finite floats follow allow_nan.
import json

nums = [0, 1, -1, 7, 2 ** 31, -(2 ** 63), 2 ** 63 - 1, 2 ** 64, -(2 ** 100), 10 ** 30]
print(json.dumps(nums))
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 1e16, 1e22, 1e-7, 123456789.125,
          5e-324, 1.7976931348623157e308, -2.5e-310, 3.0e100, 100.0, 1e15]
print(json.dumps(floats))
print(json.loads(json.dumps(floats)) == floats)
print(json.dumps({"a": 1.25, "b": [1, 2.0, -3], "c": {"d": 10 ** 20}}))
print(json.dumps([True, False, None, 1, 1.0]))
print(json.dumps({1: 2, 1.5: 2.5, True: 3, None: 4}))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


print(json.dumps([MyInt(5), MyFloat(2.5), {"k": MyFloat(-0.0)}]))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        json.dumps([1, bad], allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
print(json.dumps(2.5), json.dumps(-7), json.dumps(1e300))
print(json.dumps(list(range(-5, 15)), separators=(",", ":")))
print(json.dumps([i * 0.1 for i in range(12)]))
print(json.dumps(floats[:4], indent=1))
