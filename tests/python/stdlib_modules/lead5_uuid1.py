# uuid1 and getnode go through _uuid.generate_time_safe when it exists.
import uuid, _uuid
print(_uuid.has_uuid_generate_time_safe, uuid._generate_time_safe is _uuid.generate_time_safe)
b, safe = _uuid.generate_time_safe()
print(type(b).__name__, len(b), safe)
us = [uuid.uuid1() for _ in range(2000)]
print(len(set(us)) == len(us), all(u.version == 1 and u.variant == uuid.RFC_4122 for u in us))
print(all(a.time < b.time for a, b in zip(us, us[1:])))
print(len({u.clock_seq for u in us}) == 1, us[0].is_safe)
print(uuid.getnode() == us[0].node, 0 <= uuid.getnode() < 2**48)
u = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(u.node), hex(u.clock_seq), u.version, u.is_safe)
try:
    _uuid.generate_time_safe(1)
except TypeError as e:
    print(e)
