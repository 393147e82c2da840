d = {1: 1, 2: 2, 3: 3}
for op in ['add', 'delete', 'pop', 'clear', 'update_existing', 'setdefault_new']:
    d = {1: 1, 2: 2, 3: 3}
    try:
        for k in d:
            if op == 'add':
                d[k + 100] = 0
            elif op == 'delete':
                del d[k]
            elif op == 'pop':
                d.pop(3)
            elif op == 'clear':
                d.clear()
            elif op == 'update_existing':
                d[k] = k * 10
            elif op == 'setdefault_new':
                d.setdefault(99, 0)
        print(op, 'ok', d)
    except RuntimeError as e:
        print(op, e, d)
d = {1: 1}
try:
    for v in d.values():
        d[2] = 2
except RuntimeError as e:
    print('values:', e)
d = {1: 1}
try:
    for kv in d.items():
        del d[1]
except RuntimeError as e:
    print('items:', e)
