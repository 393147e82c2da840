def run(excs):
    try:
        raise ExceptionGroup('eg', excs)
    except* ValueError as g:
        print('ValueError part:', repr(g))
    except* (TypeError, KeyError) as g:
        print('Type/Key part:', [repr(e) for e in g.exceptions])
run([ValueError(1), TypeError(2), KeyError(3)])
run([ValueError(1)])
try:
    run([IndexError(5), ValueError(6)])
except ExceptionGroup as e:
    print('rest:', repr(e))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('wrapped:', repr(g))
try:
    try:
        raise ExceptionGroup('eg', [ValueError('a')])
    except* ValueError:
        raise KeyError('new')
except Exception as e:
    print(repr(e), repr(e.__context__))
