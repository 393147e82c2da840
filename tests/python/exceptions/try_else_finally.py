def f(x):
    log = []
    try:
        log.append('try')
        if x == 1:
            raise ValueError
        if x == 2:
            return log + ['return in try']
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(f(0), f(1), f(2))
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('finally', i)
    return i
print(h())
def k():
    for i in range(3):
        try:
            continue
        finally:
            print('k finally', i)
k()
def m():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(m())
def n():
    while True:
        try:
            raise KeyError
        finally:
            break
    return 'broke out'
print(n())
