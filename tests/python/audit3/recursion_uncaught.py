import sys
sys.setrecursionlimit(50)
def f(): f()
try:
    f()
except RecursionError as e:
    print(e)
f()
