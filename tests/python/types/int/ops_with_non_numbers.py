for op in ['+', '-', '*', '/', '//', '%', '**', '<<', '&', '<']:
    for other in ["'a'", '[1]', 'None']:
        try:
            eval(f'1 {op} {other}')
            print(op, other, 'ok')
        except TypeError as e:
            print(e)
