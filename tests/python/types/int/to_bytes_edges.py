def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 2**63, -2**63, 2**64-1]:
    for L in [0, 1, 2, 8, 9]:
        for s in [False, True]:
            t(lambda: v.to_bytes(L, 'big', signed=s))
            t(lambda: v.to_bytes(L, 'little', signed=s))
t(lambda: (1).to_bytes(10**12))
t(lambda: (0).to_bytes(10**12))
