def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                pass
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
def retry(n):
    attempts = []
    for i in range(n):
        try:
            if i < 2:
                raise ValueError(i)
            attempts.append(('ok', i))
            break
        except ValueError as e:
            attempts.append(('fail', e.args[0]))
            continue
        finally:
            attempts.append(('finally', i))
    else:
        attempts.append('exhausted')
    return attempts
print(retry(5))
print(retry(2))
