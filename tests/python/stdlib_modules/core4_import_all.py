# Imports every module listed in modules.txt (the ~180 most used standard
# library modules) and reports each failure with its exception.
import importlib
import os
import warnings

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
names = [line.strip() for line in open(os.path.join(here, "modules.txt"))
         if line.strip() and not line.startswith("#")]
ok = 0
for name in names:
    try:
        importlib.import_module(name)
        ok += 1
    except BaseException as e:
        print("FAIL", name, type(e).__name__, e)
print(ok, "of", len(names), "imported")
