specs = ['', 'd', '5d', '<5d', '^5d', '>5d', '=+5d', '05d', '+d', '-d', ' d', ',d', '_d', '_b', '_x', '_o', 'b', '#b', 'o', '#o', 'x', '#x', 'X', '#X', '#012x', 'n', 'c', 'e', '.2f', '%', 'g', '*>8,', '0>8', '010,']
for v in [0, 7, -42, 65, 1234567, -(2 ** 40)]:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append('E:' + str(e))
    print(v, out)
