log = []
def f():
    try:
        try:
            log.append(1)
            raise ValueError
        finally:
            log.append(2)
    except ValueError:
        log.append(3)
    finally:
        log.append(4)
    try:
        pass
    finally:
        log.append(5)
f()
print(log)
def nested_returns():
    try:
        try:
            return 'a'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_returns())
def finally_raises():
    try:
        raise KeyError('orig')
    finally:
        raise ValueError('new')
try:
    finally_raises()
except ValueError as e:
    print(repr(e), repr(e.__context__))
def cont_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            if i == 1:
                continue
    return out
print(cont_in_finally())
