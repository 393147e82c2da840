import contextlib
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    except ValueError as e:
        print('handled', e)
    finally:
        print(f'</{name}>')
with tag('p') as t:
    print('inside', t)
with tag('q'):
    raise ValueError('oops')
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed')
with contextlib.ExitStack() as stack:
    for n in 'abc':
        stack.enter_context(tag(n))
    stack.callback(print, 'callback')
with contextlib.nullcontext(5) as v:
    print(v)
