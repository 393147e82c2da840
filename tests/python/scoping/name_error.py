def f():
    return undefined_name
try:
    f()
except NameError as e:
    print(e)
    print(e.name)
try:
    print(lenn([]))
except NameError as e:
    print(e)
spam_value = 1
try:
    spam_valu
except NameError as e:
    print(e)
