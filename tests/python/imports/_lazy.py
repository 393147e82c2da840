real = 'real attribute'
def __getattr__(name):
    if name in ('computed_value', 'another'):
        return 'computed ' + name
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
def __dir__():
    return ['real', 'computed_value', 'another']
