out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    except Exception:
        pass
    else:
        out.append('else%d' % i)
    finally:
        out.append('fin%d' % i)
print(out)
def r():
    for i in range(3):
        try:
            try:
                return i
            finally:
                if i == 0:
                    continue
        finally:
            pass
print(r())
