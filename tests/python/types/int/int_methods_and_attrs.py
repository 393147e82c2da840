print(int.__name__, (5).__class__, int('5').__index__(), (5).__int__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (15).__round__(-1))
print((25).__round__(-1), (35).__round__(-1), (-25).__round__(-1), (5).__sizeof__() > 0, int.from_bytes(b'\x01', 'big'))
print((3).__add__(4), (3).__radd__(4), (3).__add__(4.0), (3).__truediv__(2), (3).__rpow__(2), (3).__lt__(5), (3).__eq__('3'))
