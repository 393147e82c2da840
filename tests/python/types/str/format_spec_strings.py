for spec in ['', '10', '<10', '>10', '^10', '*^11', '.2', '10.3', '=10' if False else '-^7', '_<6']:
    print(repr(spec), repr(format('hello', spec)), repr(format('日本', spec)))
for bad in ['=10', '+', ' 5', ',', '010', 'd', '#']:
    try:
        print(repr(bad), repr(format('s', bad)))
    except ValueError as e:
        print(repr(bad), e)
