# _sha3 SHAKE digest lengths: sign, 2**29 limit and unsigned long range
import _sha3


class I:
    def __index__(self):
        return 4


for cons in (_sha3.shake_128, _sha3.shake_256):
    h = cons(b"abc")
    for n in [0, 3, -10, -(2**70), 1000, 2**29, 2**32 - 10, 2**32 + 10, 2**61, 2**64 - 10, 2**64 + 10, 1.5, "x", I(), True]:
        for d in (h.digest, h.hexdigest):
            try:
                r = d(n)
                print(d.__name__, len(r), r[:8])
            except Exception as e:
                print(d.__name__, type(e).__name__, e)
