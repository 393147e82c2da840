// This file defines datetime.datetime: construction, pickle state,
// accessors, formatting, arithmetic, comparison (naive, aware and the
// PEP 495 fold exception) and hash. Time stamps and time zone conversion
// are in datetime_tz.go.

package datetime

import (
	"fmt"

	"krait/runtime"
)

// DateTime is a date with a time of day; it embeds Date so that a
// datetime is a date.
type DateTime struct {
	Date
	hour, minute, second, us, fold int
	tzinfo                         runtime.Value
}

// DateTimeType is datetime.datetime.
var DateTimeType *runtime.Type

var (
	dateTimeNewMethod = runtime.Method{Name: "datetime", Sig: "year, month, day, hour=, minute=, second=, microsecond=, tzinfo=, *, fold="}
)

func intGetter(f func(*DateTime) int) func(runtime.Value) (runtime.Value, *runtime.Exception) {
	return func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(f(asDateTime(v)))), nil
	}
}

func initDateTime() {
	DateTimeType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "datetime.datetime",
		Base:    DateType,
		Flags:   runtime.FlagBaseType,
		Doc:     "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n",
		Methods: dateTimeMethods(),
		GetSets: []runtime.GetSetDef{
			{Name: "hour", Get: intGetter(func(d *DateTime) int { return d.hour })},
			{Name: "minute", Get: intGetter(func(d *DateTime) int { return d.minute })},
			{Name: "second", Get: intGetter(func(d *DateTime) int { return d.second })},
			{Name: "microsecond", Get: intGetter(func(d *DateTime) int { return d.us })},
			{Name: "fold", Get: intGetter(func(d *DateTime) int { return d.fold })},
			{Name: "tzinfo", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return asDateTime(v).tzinfo, nil }},
		},
	}, func(t *runtime.Type) {
		t.New = datetime_new
		t.Repr = datetime_repr
		t.Str = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			return runtime.CallMethod(v, "isoformat", runtime.StrValue(" "))
		}
		t.Hash = datetime_hash
		t.RichCompare = datetime_richcompare
		t.Number[runtime.NbAdd] = datetime_add
		t.Number[runtime.NbSubtract] = datetime_subtract
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return asDateTime(v).attrs }
	})
}

func dateTimeMethods() []runtime.Method {
	cls := runtime.MethClass
	return []runtime.Method{
		{Name: "now", Sig: "tz=", Flags: cls, Fn: datetime_now, Doc: "Returns new datetime object representing current time local to tz.\n\n  tz\n    Timezone object.\n\nIf no tz is specified, uses local timezone."},
		{Name: "utcnow", Flags: cls | runtime.MethNoArgs, Fn: datetime_utcnow, Doc: "Return a new datetime representing UTC day and time."},
		{Name: "fromtimestamp", Sig: "timestamp, tz=", Flags: cls, Fn: datetime_fromtimestamp, Doc: "timestamp[, tz] -> tz's local time from POSIX timestamp."},
		{Name: "utcfromtimestamp", Sig: "timestamp, /", Flags: cls | runtime.MethOld, Fn: datetime_utcfromtimestamp, Doc: "Construct a naive UTC datetime from a POSIX timestamp."},
		{Name: "strptime", Sig: "string, format, /", Flags: cls | runtime.MethOld, Fn: datetime_strptime, Doc: "string, format -> new datetime parsed from a string (like time.strptime())."},
		{Name: "combine", Sig: "date, time, tzinfo=", Flags: cls, Fn: datetime_combine, Doc: "date, time -> datetime with same date and time fields"},
		{Name: "fromisoformat", Flags: cls | runtime.MethO, Fn: datetime_fromisoformat, Doc: "string -> datetime from a string in most ISO 8601 formats"},
		{Name: "date", Flags: runtime.MethNoArgs, Fn: datetime_getdate, Doc: "Return date object with same year, month and day."},
		{Name: "time", Flags: runtime.MethNoArgs, Fn: datetime_gettime, Doc: "Return time object with same time but with tzinfo=None."},
		{Name: "timetz", Flags: runtime.MethNoArgs, Fn: datetime_gettimetz, Doc: "Return time object with same time and tzinfo."},
		{Name: "ctime", Flags: runtime.MethNoArgs, Fn: datetime_ctime, Doc: "Return ctime() style string."},
		{Name: "timetuple", Flags: runtime.MethNoArgs, Fn: datetime_timetuple, Doc: "Return time tuple, compatible with time.localtime()."},
		{Name: "timestamp", Flags: runtime.MethNoArgs, Fn: datetime_timestamp, Doc: "Return POSIX timestamp as float."},
		{Name: "utctimetuple", Flags: runtime.MethNoArgs, Fn: datetime_utctimetuple, Doc: "Return UTC time tuple, compatible with time.localtime()."},
		{Name: "isoformat", Sig: "sep=, timespec=", Fn: datetime_isoformat, Doc: "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\nsep is used to separate the year from the time, and defaults to 'T'.\n"},
		{Name: "utcoffset", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
			return callUTCOffset(asDateTime(self).tzinfo, self)
		}, Doc: "Return self.tzinfo.utcoffset(self)."},
		{Name: "tzname", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
			return callTZName(asDateTime(self).tzinfo, self)
		}, Doc: "Return self.tzinfo.tzname(self)."},
		{Name: "dst", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
			return callDST(asDateTime(self).tzinfo, self)
		}, Doc: "Return self.tzinfo.dst(self)."},
		{Name: "replace", Sig: "year=, month=, day=, hour=, minute=, second=, microsecond=, tzinfo=, *, fold=", Fn: datetime_replace, Doc: "Return datetime with new specified fields."},
		{Name: "astimezone", Sig: "tz=", Fn: datetime_astimezone, Doc: "tz -> convert to local time in new timezone tz\n"},
		{Name: "__reduce_ex__", Sig: "proto, /", Flags: runtime.MethOld, Fn: reduceEx(dateTimeReduce), Doc: "__reduce_ex__(proto) -> (cls, state)"},
		{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
			return dateTimeReduce(self, 2)
		}, Doc: "__reduce__() -> (cls, state)"},
	}
}

func asDateTime(v runtime.Value) *DateTime { return runtime.PtrOf[DateTime](v) }

func isDateTime(v runtime.Value) bool { return runtime.IsInstance(v, DateTimeType) }

func newDateTimeRaw(t *runtime.Type, y, mo, d, h, mi, s, us int, tz runtime.Value, fold int) runtime.Value {
	p := &DateTime{Date: Date{Header: runtime.HeaderFor(t), year: y, month: mo, day: d, hash: -1},
		hour: h, minute: mi, second: s, us: us, tzinfo: tz, fold: fold}
	if t != DateTimeType {
		p.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(p)
}

// newDateTime makes an exact datetime after checking the fields.
func newDateTime(y, mo, d, h, mi, s, us int, tz runtime.Value, fold int) (runtime.Value, *runtime.Exception) {
	if err := checkDateArgs(int64(y), int64(mo), int64(d)); err != nil {
		return runtime.Value{}, err
	}
	if err := checkTimeArgs(int64(h), int64(mi), int64(s), int64(us), int64(fold)); err != nil {
		return runtime.Value{}, err
	}
	return newDateTimeRaw(DateTimeType, y, mo, d, h, mi, s, us, tz, fold), nil
}

// newDateTimeSubclass makes a datetime of class cls
// (new_datetime_subclass_fold_ex): a subclass is called with the fields.
func newDateTimeSubclass(cls runtime.Value, y, mo, d, h, mi, s, us int, tz runtime.Value, fold int) (runtime.Value, *runtime.Exception) {
	if t, ok := cls.TryType(); ok && t == DateTimeType {
		return newDateTime(y, mo, d, h, mi, s, us, tz, fold)
	}
	args := []runtime.Value{runtime.Int(int64(y)), runtime.Int(int64(mo)), runtime.Int(int64(d)), runtime.Int(int64(h)),
		runtime.Int(int64(mi)), runtime.Int(int64(s)), runtime.Int(int64(us)), tz}
	if fold != 0 {
		return runtime.Call(cls, append(args, runtime.Int(int64(fold))), []*runtime.Str{runtime.Intern("fold")})
	}
	return runtime.Call(cls, args, nil)
}

func datetime_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if len(args) >= 1 && len(args) <= 2 {
		if b, ok := pickleState(args, kwnames, 10, func(b []byte) bool { return b[2]&0x7F >= 1 && b[2]&0x7F <= 12 }); ok {
			tz := runtime.None
			if len(args) == 2 {
				tz = args[1]
				if err := checkTZInfoArg(tz); err != nil {
					return runtime.Value{}, runtime.NewTypeError("bad tzinfo state arg")
				}
			}
			return newDateTimeRaw(t, int(b[0])<<8|int(b[1]), int(b[2]&0x7F), int(b[3]), int(b[4]), int(b[5]), int(b[6]),
				int(b[7])<<16|int(b[8])<<8|int(b[9]), tz, int(b[2]>>7)), nil
		}
	}
	a, err := bindCtor(&dateTimeNewMethod, args, kwnames, 7, 8)
	if err != nil {
		return runtime.Value{}, err
	}
	f := [3]int64{}
	for i := range f {
		if f[i], err = intArg(a[i]); err != nil {
			return runtime.Value{}, err
		}
	}
	var tf [5]int64
	tz := runtime.None
	if err := dateTimeFields(a[3:], &f, &tf, &tz); err != nil {
		return runtime.Value{}, err
	}
	return newDateTimeRaw(t, int(f[0]), int(f[1]), int(f[2]), int(tf[0]), int(tf[1]), int(tf[2]), int(tf[3]), tz, int(tf[4])), nil
}

// dateTimeFields checks the date fields f and parses the time fields
// (hour, minute, second, microsecond, tzinfo, fold) over defaults.
func dateTimeFields(a []runtime.Value, f *[3]int64, tf *[5]int64, tz *runtime.Value) *runtime.Exception {
	// check the time argument types before the date range, as CPython's
	// argument parser converts them all first
	for _, j := range []int{0, 1, 2, 3, 5} {
		if !a[j].IsNull() {
			if _, err := intArg(a[j]); err != nil {
				return err
			}
		}
	}
	if err := checkDateArgs(f[0], f[1], f[2]); err != nil {
		return err
	}
	return timeFields(a, tf, tz)
}

func datetime_replace(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asDateTime(self)
	f := [3]int64{int64(p.year), int64(p.month), int64(p.day)}
	for i := range f {
		if !args[i].IsNull() {
			var err *runtime.Exception
			if f[i], err = intArg(args[i]); err != nil {
				return runtime.Value{}, err
			}
		}
	}
	tf := [5]int64{int64(p.hour), int64(p.minute), int64(p.second), int64(p.us), int64(p.fold)}
	tz := p.tzinfo
	if err := dateTimeFields(args[3:], &f, &tf, &tz); err != nil {
		return runtime.Value{}, err
	}
	return newDateTimeSubclass(runtime.ValueOf(self.Type()), int(f[0]), int(f[1]), int(f[2]), int(tf[0]), int(tf[1]), int(tf[2]), int(tf[3]), tz, int(tf[4]))
}

func datetime_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asDateTime(v)
	var s string
	switch {
	case p.us != 0:
		s = fmt.Sprintf("%s(%d, %d, %d, %d, %d, %d, %d)", typeName(v), p.year, p.month, p.day, p.hour, p.minute, p.second, p.us)
	case p.second != 0:
		s = fmt.Sprintf("%s(%d, %d, %d, %d, %d, %d)", typeName(v), p.year, p.month, p.day, p.hour, p.minute, p.second)
	default:
		s = fmt.Sprintf("%s(%d, %d, %d, %d, %d)", typeName(v), p.year, p.month, p.day, p.hour, p.minute)
	}
	// the C module puts fold before tzinfo here (and after it in time)
	if p.fold != 0 {
		s = s[:len(s)-1] + ", fold=1)"
	}
	s, err := appendTZRepr(s, p.tzinfo, 0)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(s), nil
}

func datetime_isoformat(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	sep := "T"
	if !args[0].IsNull() {
		s, ok := args[0].TryStr()
		if n, _ := runtime.Len(args[0]); !ok || n != 1 {
			return runtime.Value{}, runtime.NewTypeError("isoformat() argument 1 must be a unicode character, not %s", args[0].Type().Name)
		}
		sep = s.S
	}
	p := asDateTime(self)
	ts, err := formatTimeSpec(p.hour, p.minute, p.second, p.us, args[1])
	if err != nil {
		return runtime.Value{}, err
	}
	off, err := formatUTCOffsetFor(self, self, ":")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(fmt.Sprintf("%04d-%02d-%02d", p.year, p.month, p.day) + sep + ts + off), nil
}

func datetime_getdate(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asDateTime(self)
	return newDateRaw(DateType, p.year, p.month, p.day), nil
}

func datetime_gettime(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asDateTime(self)
	return newTimeRaw(TimeType, p.hour, p.minute, p.second, p.us, runtime.None, p.fold), nil
}

func datetime_gettimetz(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asDateTime(self)
	return newTimeRaw(TimeType, p.hour, p.minute, p.second, p.us, p.tzinfo, p.fold), nil
}

func datetime_ctime(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asDateTime(self)
	return runtime.StrValue(ctimeString(p.year, p.month, p.day, p.hour, p.minute, p.second)), nil
}

func datetime_timetuple(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asDateTime(self)
	flag := -1
	if !p.tzinfo.IsNone() {
		dst, err := callDST(p.tzinfo, self)
		if err != nil {
			return runtime.Value{}, err
		}
		if !dst.IsNone() {
			d := asDelta(dst)
			flag = 0
			if d.days != 0 || d.seconds != 0 || d.us != 0 {
				flag = 1
			}
		}
	}
	return buildStructTime(p.year, p.month, p.day, p.hour, p.minute, p.second, flag)
}

func datetime_utctimetuple(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asDateTime(self)
	u := p
	if !p.tzinfo.IsNone() {
		off, err := callUTCOffset(p.tzinfo, self)
		if err != nil {
			return runtime.Value{}, err
		}
		if !off.IsNone() {
			r, err := dateTimeShift(self, asDelta(off), -1)
			if err != nil {
				return runtime.Value{}, err
			}
			u = asDateTime(r)
		}
	}
	return buildStructTime(u.year, u.month, u.day, u.hour, u.minute, u.second, 0)
}

func dateTimeState(p *DateTime, proto int) runtime.Value {
	m := byte(p.month)
	if p.fold != 0 && proto > 3 {
		m |= 0x80
	}
	return runtime.NewBytes([]byte{byte(p.year >> 8), byte(p.year), m, byte(p.day), byte(p.hour), byte(p.minute),
		byte(p.second), byte(p.us >> 16), byte(p.us >> 8), byte(p.us)})
}

func dateTimeReduce(self runtime.Value, proto int) (runtime.Value, *runtime.Exception) {
	p := asDateTime(self)
	return reduceWithTzinfo(self, dateTimeState(p, proto), p.tzinfo), nil
}

// reduceWithTzinfo is (type(self), (state,)) or, for an aware object,
// (type(self), (state, tzinfo)).
func reduceWithTzinfo(self, state, tzinfo runtime.Value) runtime.Value {
	args := runtime.TupleValue(state)
	if !tzinfo.IsNone() {
		args = runtime.TupleValue(state, tzinfo)
	}
	return runtime.TupleValue(runtime.ValueOf(self.Type()), args)
}

// reduceEx makes __reduce_ex__(proto) of a reduce function taking the
// protocol number.
func reduceEx(reduce func(runtime.Value, int) (runtime.Value, *runtime.Exception)) func(runtime.Value, []runtime.Value) (runtime.Value, *runtime.Exception) {
	return func(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
		proto, err := intArg(args[0])
		if err != nil {
			return runtime.Value{}, err
		}
		return reduce(self, int(proto))
	}
}

// withFold returns a copy of p with the given fold (for hashing and the
// PEP 495 comparison exception).
func withFold(v runtime.Value, fold int) runtime.Value {
	p := asDateTime(v)
	return newDateTimeRaw(DateTimeType, p.year, p.month, p.day, p.hour, p.minute, p.second, p.us, p.tzinfo, fold)
}

func datetime_hash(v runtime.Value) (int64, *runtime.Exception) {
	p := asDateTime(v)
	if p.hash != -1 {
		return p.hash, nil
	}
	self0 := v
	if p.fold != 0 {
		self0 = withFold(v, 0)
	}
	off, err := callUTCOffset(p.tzinfo, self0)
	if err != nil {
		return 0, err
	}
	var h int64
	if off.IsNone() {
		q := *p
		q.fold = 0
		h, err = runtime.Hash(dateTimeState(&q, 2))
	} else {
		h, err = awareHash(ymdToOrd(p.year, p.month, p.day), p.hour*3600+p.minute*60+p.second, p.us, off)
	}
	if err != nil {
		return 0, err
	}
	p.hash = h
	return h, nil
}

func dateTimeCmpFields(x, y *DateTime) int {
	if c := dateCmp(&x.Date, &y.Date); c != 0 {
		return c
	}
	return clockCmp([4]int{x.hour, x.minute, x.second, x.us}, [4]int{y.hour, y.minute, y.second, y.us})
}

// clockCmp compares (hour, minute, second, microsecond) fields.
func clockCmp(a, b [4]int) int {
	for i := range a {
		if a[i] != b[i] {
			return sign(a[i] - b[i])
		}
	}
	return 0
}

// awareHash is the hash of an aware time or datetime: that of the
// timedelta days, secs, us minus its UTC offset off.
func awareHash(days, secs, us int, off runtime.Value) (int64, *runtime.Exception) {
	d, err := newDelta(days, secs, us)
	if err == nil {
		d, err = delta_subtract(d, off)
	}
	if err != nil {
		return 0, err
	}
	return runtime.Hash(d)
}

func offsetsEqual(o1, o2 runtime.Value) bool {
	return o1 == o2 || (isDelta(o1) && isDelta(o2) && deltaCmp(asDelta(o1), asDelta(o2)) == 0)
}

// pep495Exception reports whether either datetime's utcoffset changes
// when its fold is flipped: such datetimes never compare equal.
func pep495Exception(v, w, o1, o2 runtime.Value) (bool, *runtime.Exception) {
	for _, c := range [2][2]runtime.Value{{v, o1}, {w, o2}} {
		p := asDateTime(c[0])
		flip := withFold(c[0], 1-p.fold)
		fo, err := callUTCOffset(p.tzinfo, flip)
		if err != nil {
			return false, err
		}
		if !offsetsEqual(fo, c[1]) {
			return true, nil
		}
	}
	return false, nil
}

func datetime_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if !isDateTime(w) {
		if isDate(w) {
			switch op {
			case runtime.Eq:
				return runtime.False, nil
			case runtime.Ne:
				return runtime.True, nil
			}
			return runtime.Value{}, runtime.NewTypeError("can't compare %s to %s", typeName(v), typeName(w))
		}
		return runtime.NotImplemented, nil
	}
	x, y := asDateTime(v), asDateTime(w)
	if x.tzinfo == y.tzinfo {
		return cmpResult(dateTimeCmpFields(x, y), op), nil
	}
	o1, err := callUTCOffset(x.tzinfo, v)
	if err != nil {
		return runtime.Value{}, err
	}
	o2, err := callUTCOffset(y.tzinfo, w)
	if err != nil {
		return runtime.Value{}, err
	}
	var diff int
	switch {
	case offsetsEqual(o1, o2):
		diff = dateTimeCmpFields(x, y)
	case !o1.IsNone() && !o2.IsNone():
		d, err := datetime_subtract(v, w)
		if err != nil {
			return runtime.Value{}, err
		}
		dd := asDelta(d)
		diff = dd.days
		if diff == 0 {
			diff = dd.seconds | dd.us
		}
	case op == runtime.Eq:
		return runtime.False, nil
	case op == runtime.Ne:
		return runtime.True, nil
	default:
		return runtime.Value{}, runtime.NewTypeError("can't compare offset-naive and offset-aware datetimes")
	}
	if (op == runtime.Eq || op == runtime.Ne) && diff == 0 {
		ex, err := pep495Exception(v, w, o1, o2)
		if err != nil {
			return runtime.Value{}, err
		}
		if ex {
			diff = 1
		}
	}
	return cmpResult(sign(diff), op), nil
}

// dateTimeShift adds factor*delta to a datetime, keeping its class and
// tzinfo (add_datetime_timedelta).
func dateTimeShift(v runtime.Value, d *Delta, factor int) (runtime.Value, *runtime.Exception) {
	p := asDateTime(v)
	y, mo := p.year, p.month
	day := p.day + d.days*factor
	h, mi := p.hour, p.minute
	s := p.second + d.seconds*factor
	us := p.us + d.us*factor
	if err := normalizeDateTime(&y, &mo, &day, &h, &mi, &s, &us); err != nil {
		return runtime.Value{}, err
	}
	return newDateTimeSubclass(runtime.ValueOf(v.Type()), y, mo, day, h, mi, s, us, p.tzinfo, 0)
}

func datetime_add(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if isDateTime(a) && isDelta(b) {
		return dateTimeShift(a, asDelta(b), 1)
	}
	if isDelta(a) && isDateTime(b) {
		return dateTimeShift(b, asDelta(a), 1)
	}
	return runtime.NotImplemented, nil
}

func datetime_subtract(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if !isDateTime(a) {
		return runtime.NotImplemented, nil
	}
	if isDelta(b) {
		return dateTimeShift(a, asDelta(b), -1)
	}
	if !isDateTime(b) {
		return runtime.NotImplemented, nil
	}
	x, y := asDateTime(a), asDateTime(b)
	o1, o2 := runtime.None, runtime.None
	if x.tzinfo != y.tzinfo {
		var err *runtime.Exception
		if o1, err = callUTCOffset(x.tzinfo, a); err != nil {
			return runtime.Value{}, err
		}
		if o2, err = callUTCOffset(y.tzinfo, b); err != nil {
			return runtime.Value{}, err
		}
		if o1.IsNone() != o2.IsNone() {
			return runtime.Value{}, runtime.NewTypeError("can't subtract offset-naive and offset-aware datetimes")
		}
	}
	res, err := newDelta(ymdToOrd(x.year, x.month, x.day)-ymdToOrd(y.year, y.month, y.day),
		(x.hour-y.hour)*3600+(x.minute-y.minute)*60+(x.second-y.second), x.us-y.us)
	if err != nil || offsetsEqual(o1, o2) {
		return res, err
	}
	offdiff, err := delta_subtract(o1, o2)
	if err != nil {
		return runtime.Value{}, err
	}
	return delta_subtract(res, offdiff)
}

func datetime_combine(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	if !isDate(args[0]) {
		return runtime.Value{}, runtime.NewTypeError("combine() argument 1 must be datetime.date, not %s", args[0].Type().Name)
	}
	if !isTime(args[1]) {
		return runtime.Value{}, runtime.NewTypeError("combine() argument 2 must be datetime.time, not %s", args[1].Type().Name)
	}
	d, t := asDate(args[0]), asTime(args[1])
	tz := t.tzinfo
	if !args[2].IsNull() {
		tz = args[2]
		if err := checkTZInfoArg(tz); err != nil {
			return runtime.Value{}, err
		}
	}
	return newDateTimeSubclass(cls, d.year, d.month, d.day, t.hour, t.minute, t.second, t.us, tz, t.fold)
}

func datetime_strptime(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	for i, a := range args {
		if _, ok := a.TryStr(); !ok {
			return runtime.Value{}, runtime.NewTypeError("strptime() argument %d must be str, not %s", i+1, a.Type().Name)
		}
	}
	m, err := runtime.ImportModule("_strptime")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.CallMethod(m, "_strptime_datetime", cls, args[0], args[1])
}
