print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'd', '' and 'x', [] or {} or 0)
print(not 1, not 0, not None, not 'x')
calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) and t(1)
r2 = t(1) or t(2)
r3 = t(0) or t('') or t([]) or t('last')
print(r, r2, r3, calls)
print(True + True, True * 3, True / 2, False - 1, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__, type(True | 1).__name__)
