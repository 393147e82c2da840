for s in ['1+2j', '  -1.5-2.5J  ', '(1+2j)', 'j', '-j', '1e3j', '3', 'inf+nanj', '1 +2j', '(1+2j', '1+2i', '+1.5e-3-4j', '']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), e)
for c in [0j, 1j, 1 + 0j, 2 + 3j, -1 - 1j]:
    print(c, hash(c))
print(hash(1 + 0j) == hash(1), complex(2).imag, (1 + 2j).__reduce__ is not None)
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.exp(1j * cmath.pi).real, abs(cmath.rect(2, 0.5)))
