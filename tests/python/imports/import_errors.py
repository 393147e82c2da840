try:
    import nonexistent_krait_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import nonexistent
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _helper.sub
except ModuleNotFoundError as e:
    print(e)
try:
    from _pkg import missing_name
except ImportError as e:
    print(str(e).split(' (')[0])
