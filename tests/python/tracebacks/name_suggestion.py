counter_value = 1
def f():
    return counter_valu
f()
