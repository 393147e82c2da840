for call in ["[].append()", "[].append(1, 2)", "[].extend()", "[].insert(1)", "[].index()", "[].count()", "[].sort(1)", "[].sort(key=1)", "[].reverse(1)", "[].copy(1)", "[].pop(1, 2)", "list(1, 2)", "list(x=1)"]:
    try:
        eval(call)
        print(call, 'ok')
    except Exception as e:
        print(call, type(e).__name__, e)
