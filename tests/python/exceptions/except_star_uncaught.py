try:
    raise ExceptionGroup('unhandled parts', [ValueError('a'), TypeError('b')])
except* ValueError:
    print('handled the ValueError')
