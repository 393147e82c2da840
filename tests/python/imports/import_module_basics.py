import math
import os.path
import collections.abc as cabc
from math import sqrt as root, pi
print(math.floor(2.7), root(16), round(pi, 4), os.path.join('a', 'b'), cabc.Sequence.__name__)
import sys
print('math' in sys.modules, type(math).__name__, math.__name__)
from os import path
print(path is os.path)
