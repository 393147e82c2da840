class Resource:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return t is KeyError
async def main():
    async with Resource() as r:
        print('using', r)
    async with Resource():
        raise KeyError('suppressed')
    try:
        async with Resource():
            raise ValueError('kept')
    except ValueError as e:
        print('caught', e)
    return 'main done'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class NotAsyncCM:
    def __enter__(self): pass
    def __exit__(self, *a): pass
async def bad():
    async with NotAsyncCM():
        pass
try:
    bad().send(None)
except TypeError as e:
    print(e)
