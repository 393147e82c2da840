class CM:
    def __enter__(self): return 'type enter'
    def __exit__(self, *a): print('type exit')
c = CM()
c.__enter__ = lambda: 'instance enter'
with c as v:
    print(v)
class Meta(type):
    pass
def exit_fn(self, *a):
    print('exit_fn', a[0].__name__ if a[0] else None)
    return True
CM.__exit__ = exit_fn
with CM():
    raise IndexError
print('done')
