# Subclasses of the datetime types: constructors, alternate constructors
# and arithmetic keep the subclass, instance attributes, and pickles that
# round-trip and equal CPython's bytes.
import pickle
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo


class D(date):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.extra = 1
        return self


class DT(datetime):
    pass


class T(time):
    pass


class TD(timedelta):
    pass


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("date sub", lambda: (D(2020, 1, 1), D(2020, 1, 1).extra, type(D(2020, 1, 1) + timedelta(1)).__name__, (D(2020, 1, 1) + timedelta(1)).extra))
t("date alt", lambda: [type(x).__name__ for x in (D.fromordinal(5), D.fromisoformat("2020-01-01"), D.fromisocalendar(2020, 1, 1), D(2020, 1, 1).replace(day=2))])
t("dt alt", lambda: [type(x).__name__ for x in (DT.fromordinal(5), DT.fromisoformat("2020-01-01"), DT.combine(date(2020, 1, 1), time()),
                                               DT.utcfromtimestamp(0), DT.fromtimestamp(0, timezone.utc), DT(2020, 1, 1).replace(day=2),
                                               DT(2020, 1, 1) + timedelta(1), DT(2020, 1, 1) - timedelta(1), DT.strptime("2020", "%Y"),
                                               DT(2020, 1, 1, tzinfo=timezone.utc).astimezone(timezone.utc))])
t("dt - dt", lambda: type(DT(2020, 1, 2) - DT(2020, 1, 1)).__name__)
t("time alt", lambda: [type(x).__name__ for x in (T.fromisoformat("12:00"), T(1).replace(hour=2))])
t("td", lambda: (TD(1), type(TD(1) + TD(1)).__name__, type(abs(TD(-1))).__name__))
t("reprs", lambda: (repr(DT(2020, 1, 1)), repr(T(1)), repr(TD(1))))
t("attrs", lambda: (setattr(DT(2020, 1, 1), "x", 1), DT(2020, 1, 1).__dict__))
t("no attrs", lambda: setattr(datetime(2020, 1, 1), "x", 1))
t("isinstance", lambda: (isinstance(datetime(2020, 1, 1), date), issubclass(timezone, tzinfo), datetime.__mro__))
values = [date(2020, 1, 2), datetime(2020, 1, 2, 3, 4, 5, 6), datetime(2020, 1, 2, tzinfo=timezone.utc), time(1, 2, 3, 4),
          time(1, tzinfo=timezone(timedelta(hours=-2), "M")), timedelta(1, 2, 3), timedelta(-5), timezone.utc, timezone(timedelta(minutes=30))]
for v in values:
    for proto in (0, 2, 4):
        s = pickle.dumps(v, proto)
        print(proto, s, pickle.loads(s) == v, type(pickle.loads(s)).__name__)
    print(copy.copy(v) == v, copy.deepcopy(v) == v)
for v in [D(2020, 1, 1), DT(2020, 1, 1, 5), T(1, 2), TD(3)]:
    r = pickle.loads(pickle.dumps(v, 4))
    print(type(r).__name__, r == v, r)
t("iso tuple", lambda: pickle.loads(pickle.dumps(date(2020, 1, 1).isocalendar())))
t("py2 state", lambda: (date("\x07\xe4\x01\x02"), datetime("\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06"), time("\x01\x02\x03\x00\x00\x04")))
