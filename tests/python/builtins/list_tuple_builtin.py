print(list(), list('ab'), list((1,)), list({1: 2}), list(range(3)), tuple(), tuple('ab'), tuple([1]))
try:
    list(1)
except TypeError as e:
    print(e)
t = (1, 2)
print(tuple(t) is t, list(t) is t)
