// This file defines datetime.time: a time of day with an optional tzinfo
// and the PEP 495 fold, its pickle state, formatting, comparison and hash.

package datetime

import (
	"fmt"
	"strings"

	"krait/runtime"
)

// Time is a time of day.
type Time struct {
	runtime.Header
	hour, minute, second, us, fold int
	tzinfo                         runtime.Value // None or a tzinfo
	hash                           int64
	attrs                          *runtime.Attrs
}

// TimeType is datetime.time.
var TimeType *runtime.Type

var (
	timeNewMethod     = runtime.Method{Name: "time", Sig: "hour=, minute=, second=, microsecond=, tzinfo=, *, fold="}
	timeReplaceMethod = runtime.Method{Name: "replace", Sig: "hour=, minute=, second=, microsecond=, tzinfo=, *, fold="}
)

func initTime() {
	TimeType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:  "datetime.time",
		Flags: runtime.FlagBaseType,
		Doc:   "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n",
		Methods: []runtime.Method{
			{Name: "isoformat", Sig: "timespec=", Fn: time_isoformat, Doc: "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\ntimespec specifies what components of the time to include.\n"},
			{Name: "strftime", Sig: "format", Fn: time_strftime, Doc: "format -> strftime() style string."},
			{Name: "__format__", Sig: "format, /", Flags: runtime.MethOld, Fn: date_format, Doc: "Formats self with strftime."},
			{Name: "utcoffset", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
				return callUTCOffset(asTime(self).tzinfo, runtime.None)
			}, Doc: "Return self.tzinfo.utcoffset(self)."},
			{Name: "tzname", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
				return callTZName(asTime(self).tzinfo, runtime.None)
			}, Doc: "Return self.tzinfo.tzname(self)."},
			{Name: "dst", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
				return callDST(asTime(self).tzinfo, runtime.None)
			}, Doc: "Return self.tzinfo.dst(self)."},
			{Name: "replace", Sig: "hour=, minute=, second=, microsecond=, tzinfo=, *, fold=", Fn: time_replace, Doc: "Return time with new specified fields."},
			{Name: "fromisoformat", Flags: runtime.MethClass | runtime.MethO, Fn: time_fromisoformat, Doc: "string -> time from a string in ISO 8601 format"},
			{Name: "__reduce_ex__", Sig: "proto, /", Flags: runtime.MethOld, Fn: reduceEx(timeReduce), Doc: "__reduce_ex__(proto) -> (cls, state)"},
			{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
				return timeReduce(self, 2)
			}, Doc: "__reduce__() -> (cls, state)"},
		},
		GetSets: []runtime.GetSetDef{
			{Name: "hour", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asTime(v).hour)), nil
			}},
			{Name: "minute", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asTime(v).minute)), nil
			}},
			{Name: "second", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asTime(v).second)), nil
			}},
			{Name: "microsecond", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asTime(v).us)), nil
			}},
			{Name: "tzinfo", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return asTime(v).tzinfo, nil }},
			{Name: "fold", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asTime(v).fold)), nil
			}},
		},
	}, func(t *runtime.Type) {
		t.New = time_new
		t.Repr = time_repr
		t.Str = func(v runtime.Value) (runtime.Value, *runtime.Exception) { return runtime.CallMethod(v, "isoformat") }
		t.Hash = time_hash
		t.RichCompare = time_richcompare
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return asTime(v).attrs }
	})
}

func asTime(v runtime.Value) *Time { return runtime.PtrOf[Time](v) }

func isTime(v runtime.Value) bool { return runtime.IsInstance(v, TimeType) }

func newTimeRaw(t *runtime.Type, h, mi, s, us int, tz runtime.Value, fold int) runtime.Value {
	p := &Time{Header: runtime.HeaderFor(t), hour: h, minute: mi, second: s, us: us, tzinfo: tz, fold: fold, hash: -1}
	if t != TimeType {
		p.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(p)
}

// newTimeSubclass makes a time of class cls, checking the fields.
func newTimeSubclass(cls runtime.Value, h, mi, s, us int, tz runtime.Value, fold int) (runtime.Value, *runtime.Exception) {
	if t, ok := cls.TryType(); ok && t == TimeType {
		if err := checkTimeArgs(int64(h), int64(mi), int64(s), int64(us), int64(fold)); err != nil {
			return runtime.Value{}, err
		}
		return newTimeRaw(t, h, mi, s, us, tz, fold), nil
	}
	args := []runtime.Value{runtime.Int(int64(h)), runtime.Int(int64(mi)), runtime.Int(int64(s)), runtime.Int(int64(us)), tz}
	if fold != 0 {
		return runtime.Call(cls, append(args, runtime.Int(int64(fold))), []*runtime.Str{runtime.Intern("fold")})
	}
	return runtime.Call(cls, args, nil)
}

// timeFields parses hour, minute, second, microsecond, tzinfo, fold
// arguments over defaults (shared by time() and time.replace()).
func timeFields(a []runtime.Value, f *[5]int64, tz *runtime.Value) *runtime.Exception {
	idx := [5]int{0, 1, 2, 3, 5}
	for i, j := range idx {
		if !a[j].IsNull() {
			var err *runtime.Exception
			if f[i], err = intArg(a[j]); err != nil {
				return err
			}
		}
	}
	if !a[4].IsNull() {
		*tz = a[4]
	}
	if err := checkTimeArgs(f[0], f[1], f[2], f[3], f[4]); err != nil {
		return err
	}
	return checkTZInfoArg(*tz)
}

func time_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if len(args) >= 1 && len(args) <= 2 {
		if b, ok := pickleState(args, kwnames, 6, func(b []byte) bool { return b[0]&0x7F < 24 }); ok {
			tz := runtime.None
			if len(args) == 2 {
				tz = args[1]
				if err := checkTZInfoArg(tz); err != nil {
					return runtime.Value{}, runtime.NewTypeError("bad tzinfo state arg")
				}
			}
			return newTimeRaw(t, int(b[0]&0x7F), int(b[1]), int(b[2]), int(b[3])<<16|int(b[4])<<8|int(b[5]), tz, int(b[0]>>7)), nil
		}
	}
	a, err := bindCtor(&timeNewMethod, args, kwnames, 4, 5)
	if err != nil {
		return runtime.Value{}, err
	}
	var f [5]int64
	tz := runtime.None
	if err := timeFields(a, &f, &tz); err != nil {
		return runtime.Value{}, err
	}
	return newTimeRaw(t, int(f[0]), int(f[1]), int(f[2]), int(f[3]), tz, int(f[4])), nil
}

func time_replace(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asTime(self)
	f := [5]int64{int64(p.hour), int64(p.minute), int64(p.second), int64(p.us), int64(p.fold)}
	tz := p.tzinfo
	if err := timeFields(args, &f, &tz); err != nil {
		return runtime.Value{}, err
	}
	return newTimeSubclass(runtime.ValueOf(self.Type()), int(f[0]), int(f[1]), int(f[2]), int(f[3]), tz, int(f[4]))
}

// appendTZRepr adds ", tzinfo=..." and ", fold=1" before the closing
// parenthesis of a repr.
func appendTZRepr(s string, tz runtime.Value, fold int) (string, *runtime.Exception) {
	s = strings.TrimSuffix(s, ")")
	if !tz.IsNone() {
		r, err := runtime.Repr(tz)
		if err != nil {
			return "", err
		}
		s += ", tzinfo=" + r.S
	}
	if fold != 0 {
		s += ", fold=1"
	}
	return s + ")", nil
}

func time_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asTime(v)
	var s string
	switch {
	case p.us != 0:
		s = fmt.Sprintf("%s(%d, %d, %d, %d)", typeName(v), p.hour, p.minute, p.second, p.us)
	case p.second != 0:
		s = fmt.Sprintf("%s(%d, %d, %d)", typeName(v), p.hour, p.minute, p.second)
	default:
		s = fmt.Sprintf("%s(%d, %d)", typeName(v), p.hour, p.minute)
	}
	s, err := appendTZRepr(s, p.tzinfo, p.fold)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(s), nil
}

// formatTimeSpec formats h:m:s.us for isoformat's timespec.
func formatTimeSpec(h, m, s, us int, spec runtime.Value) (string, *runtime.Exception) {
	name := "auto"
	if !spec.IsNull() {
		str, ok := spec.TryStr()
		if !ok {
			return "", runtime.NewTypeError("isoformat() argument 1 must be str, not %s", spec.Type().Name)
		}
		name = str.S
	}
	hms := pad2(h) + ":" + pad2(m) + ":" + pad2(s)
	switch name {
	case "auto":
		if us != 0 {
			return hms + "." + pad6(us), nil
		}
		return hms, nil
	case "hours":
		return pad2(h), nil
	case "minutes":
		return pad2(h) + ":" + pad2(m), nil
	case "seconds":
		return hms, nil
	case "milliseconds":
		return hms + "." + pad6(us)[:3], nil
	case "microseconds":
		return hms + "." + pad6(us), nil
	}
	return "", runtime.NewValueError("Unknown timespec value")
}

func time_isoformat(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asTime(self)
	s, err := formatTimeSpec(p.hour, p.minute, p.second, p.us, args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	off, err := formatUTCOffsetFor(self, runtime.None, ":")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(s + off), nil
}

func time_strftime(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	if _, ok := args[0].TryStr(); !ok {
		return runtime.Value{}, runtime.NewTypeError("strftime() argument 1 must be str, not %s", args[0].Type().Name)
	}
	p := asTime(self)
	tt := runtime.TupleValue(runtime.Int(1900), runtime.Int(1), runtime.Int(1), runtime.Int(int64(p.hour)),
		runtime.Int(int64(p.minute)), runtime.Int(int64(p.second)), runtime.Int(0), runtime.Int(1), runtime.Int(-1))
	return wrapStrftime(self, args[0], tt, runtime.None)
}

func timeState(p *Time, proto int) runtime.Value {
	h := byte(p.hour)
	if p.fold != 0 && proto > 3 {
		h |= 0x80
	}
	return runtime.NewBytes([]byte{h, byte(p.minute), byte(p.second), byte(p.us >> 16), byte(p.us >> 8), byte(p.us)})
}

func timeReduce(self runtime.Value, proto int) (runtime.Value, *runtime.Exception) {
	p := asTime(self)
	return reduceWithTzinfo(self, timeState(p, proto), p.tzinfo), nil
}

func time_hash(v runtime.Value) (int64, *runtime.Exception) {
	p := asTime(v)
	if p.hash != -1 {
		return p.hash, nil
	}
	off, err := callUTCOffset(p.tzinfo, runtime.None)
	if err != nil {
		return 0, err
	}
	var h int64
	if off.IsNone() {
		q := *p
		q.fold = 0
		h, err = runtime.Hash(timeState(&q, 2))
	} else {
		h, err = awareHash(0, p.hour*3600+p.minute*60+p.second, p.us, off)
	}
	if err != nil {
		return 0, err
	}
	p.hash = h
	return h, nil
}

func timeCmpFields(x, y *Time) int {
	return clockCmp([4]int{x.hour, x.minute, x.second, x.us}, [4]int{y.hour, y.minute, y.second, y.us})
}

func time_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if !isTime(w) {
		return runtime.NotImplemented, nil
	}
	x, y := asTime(v), asTime(w)
	if x.tzinfo == y.tzinfo {
		return cmpResult(timeCmpFields(x, y), op), nil
	}
	o1, err := callUTCOffset(x.tzinfo, runtime.None)
	if err != nil {
		return runtime.Value{}, err
	}
	o2, err := callUTCOffset(y.tzinfo, runtime.None)
	if err != nil {
		return runtime.Value{}, err
	}
	if o1 == o2 || (isDelta(o1) && isDelta(o2) && deltaCmp(asDelta(o1), asDelta(o2)) == 0) {
		return cmpResult(timeCmpFields(x, y), op), nil
	}
	if !o1.IsNone() && !o2.IsNone() {
		d1, d2 := asDelta(o1), asDelta(o2)
		s1 := x.hour*3600 + x.minute*60 + x.second - d1.days*86400 - d1.seconds
		s2 := y.hour*3600 + y.minute*60 + y.second - d2.days*86400 - d2.seconds
		diff := s1 - s2
		if diff == 0 {
			diff = x.us - y.us - d1.us + d2.us
		}
		return cmpResult(sign(diff), op), nil
	}
	switch op {
	case runtime.Eq:
		return runtime.False, nil
	case runtime.Ne:
		return runtime.True, nil
	}
	return runtime.Value{}, runtime.NewTypeError("can't compare offset-naive and offset-aware times")
}
