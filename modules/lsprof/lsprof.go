// This file defines the _lsprof module behind cProfile: the Profiler type,
// a Go profile hook (sys.setprofile's events without a Python call per
// event) that accumulates, per function and per caller/callee pair, call
// counts, recursive call counts, total and inline time, as CPython's
// Modules/_lsprof.c does.

package lsprof

import (
	"math"
	"sync"
	"time"

	"krait/runtime"
)

// Module is the _lsprof module.
var Module = &runtime.ModuleDef{
	Name: "_lsprof",
	Doc:  "Fast profiler",
	Exec: func(m *runtime.Module) *runtime.Exception {
		typesOnce.Do(initTypes)
		m.SetAttr("Profiler", ProfilerType.Value())
		m.SetAttr("profiler_entry", entryType.Value())
		m.SetAttr("profiler_subentry", subentryType.Value())
		return nil
	},
}

// typesOnce creates the module's classes on its first import (Exec) rather
// than at process start-up.
var typesOnce sync.Once

// The result types of getstats, made by initTypes.
var entryType, subentryType *runtime.Type

func initTypes() {
	initProfilerType()
	entryType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
		Name:   "_lsprof.profiler_entry",
		Fields: []string{"code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"},
		NSeq:   6,
	})
	subentryType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
		Name:   "_lsprof.profiler_subentry",
		Fields: []string{"code", "callcount", "reccallcount", "totaltime", "inlinetime"},
		NSeq:   5,
	})
}

// stat is the accumulated time of a function (an entry) or of one caller's
// calls to it (a subentry).
type stat struct {
	callcount, recursivecallcount int64
	tt, it                        int64 // total and inline time in timer units
	recursionLevel                int
}

// entry is a profiled function: a code object or a builtin.
type entry struct {
	stat
	userObj Value
	calls   map[*entry]*stat
	order   []*entry // callees in first-call order
}

// Value is runtime.Value, for brevity.
type Value = runtime.Value

// context is one active call on the profiler's stack.
type context struct {
	t0, subt int64
	previous *context
	entry    *entry
}

// Profiler is an _lsprof.Profiler.
type Profiler struct {
	runtime.Header
	attrs     *runtime.Attrs
	entries   map[any]*entry
	order     []*entry
	current   *context
	subcalls  bool
	builtins  bool
	enabled   bool
	timer     Value // an external timer, or null
	timeUnit  float64
	epoch     time.Time
	threadRef any
}

// ProfilerType is _lsprof.Profiler.
var ProfilerType *runtime.Type

var profilerInit = runtime.Method{Name: "Profiler", Sig: "timer=, timeunit=, subcalls=, builtins="}

func initProfilerType() {
	ProfilerType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:  "_lsprof.Profiler",
		Flags: runtime.FlagBaseType,
		Doc: "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n" +
			"    Builds a profiler object using the specified timer function.\n" +
			"    The default timer is a fast built-in one based on real time.\n" +
			"    For custom timer functions returning integers, timeunit can\n" +
			"    be a float specifying a scale (i.e. how long each integer unit\n" +
			"    is, in seconds).\n",
		Methods: profilerMethods,
	}, func(t *runtime.Type) {
		t.New = profiler_new
		t.Init = profiler_init
		t.InstAttrs = func(v Value) *runtime.Attrs { return runtime.PtrOf[Profiler](v).attrs }
	})
}

func profiler_new(t *runtime.Type, args []Value, kwnames []*runtime.Str) (Value, *runtime.Exception) {
	p := &Profiler{Header: runtime.HeaderFor(t), entries: map[any]*entry{}, subcalls: true, builtins: true,
		epoch: time.Now()}
	if t != ProfilerType {
		p.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(p), nil
}

func profiler_init(self Value, args []Value, kwnames []*runtime.Str) *runtime.Exception {
	a, err := profilerInit.BindClinic(args, kwnames, "Profiler")
	if err != nil {
		return err
	}
	p := runtime.PtrOf[Profiler](self)
	unit := 0.0
	if !a[1].IsNull() {
		f, err := runtime.FloatAsDouble(a[1])
		if err != nil {
			return err
		}
		unit = f
	}
	sub, err := boolArg(a[2], true)
	if err != nil {
		return err
	}
	bi, err := boolArg(a[3], true)
	if err != nil {
		return err
	}
	p.subcalls, p.builtins = sub, bi
	p.timer, p.timeUnit = Value{}, unit
	if !a[0].IsNull() && !a[0].IsNone() {
		p.timer = a[0]
	}
	return nil
}

// boolArg is a "p" argument: its truth, or def when absent.
func boolArg(v Value, def bool) (bool, *runtime.Exception) {
	if v.IsNull() {
		return def, nil
	}
	return runtime.IsTrue(v)
}

var profilerMethods = []runtime.Method{
	{Name: "getstats", Flags: runtime.MethNoArgs, Fn: profiler_getstats, Doc: "list of profiler_entry objects.\n\n" +
		"getstats() -> list of profiler_entry objects\n\n" +
		"Return all information collected by the profiler.\n" +
		"Each profiler_entry is a tuple-like object with the\n" +
		"following attributes:\n\n" +
		"    code          code object\n" +
		"    callcount     how many times this was called\n" +
		"    reccallcount  how many times called recursively\n" +
		"    totaltime     total time in this entry\n" +
		"    inlinetime    inline time in this entry (not in subcalls)\n" +
		"    calls         details of the calls\n\n" +
		"The calls attribute is either None or a list of\n" +
		"profiler_subentry objects:\n\n" +
		"    code          called code object\n" +
		"    callcount     how many times this is called\n" +
		"    reccallcount  how many times this is called recursively\n" +
		"    totaltime     total time spent in this call\n" +
		"    inlinetime    inline time (not in further subcalls)\n"},
	{Name: "enable", Sig: "subcalls=, builtins=", Fn: profiler_enable, Doc: "enable(subcalls=True, builtins=True)\n\n" +
		"Start collecting profiling information.\n" +
		"If 'subcalls' is True, also records for each function\n" +
		"statistics separated according to its current caller.\n" +
		"If 'builtins' is True, records the time spent in\n" +
		"built-in functions separately from their caller.\n"},
	{Name: "disable", Flags: runtime.MethNoArgs, Fn: profiler_disable, Doc: "disable()\n\nStop collecting profiling information.\n"},
	{Name: "clear", Flags: runtime.MethNoArgs, Fn: profiler_clear, Doc: "clear()\n\nClear all profiling information collected so far.\n"},
}

func profiler_enable(self Value, a []Value) (Value, *runtime.Exception) {
	p := runtime.PtrOf[Profiler](self)
	sub, err := boolArg(a[0], p.subcalls)
	if err != nil {
		return Value{}, err
	}
	bi, err := boolArg(a[1], p.builtins)
	if err != nil {
		return Value{}, err
	}
	p.subcalls, p.builtins = sub, bi
	runtime.SetProfileHook(p.hook, self)
	p.enabled = true
	return runtime.None, nil
}

func profiler_disable(self Value, a []Value) (Value, *runtime.Exception) {
	p := runtime.PtrOf[Profiler](self)
	// As CPython's, disable() turns off whatever profile function is set.
	runtime.SetProfileHook(nil, Value{})
	p.flushUnmatched()
	p.enabled = false
	return runtime.None, nil
}

func profiler_clear(self Value, a []Value) (Value, *runtime.Exception) {
	p := runtime.PtrOf[Profiler](self)
	p.entries = map[any]*entry{}
	p.order = nil
	p.current = nil
	return runtime.None, nil
}

// now reads the timer: nanoseconds of the built-in clock, or the external
// timer's value (seconds as nanoseconds, or raw integer units).
func (p *Profiler) now() int64 {
	if p.timer.IsNull() {
		return int64(time.Since(p.epoch))
	}
	v, err := runtime.Call(p.timer, nil, nil)
	if err != nil {
		runtime.WriteUnraisable(err, "", p.timer)
		return 0
	}
	if p.timeUnit > 0 {
		n, err := runtime.IndexInt64(v, "")
		if err != nil {
			runtime.WriteUnraisable(err, "", p.timer)
			return 0
		}
		return n
	}
	f, err := runtime.FloatAsDouble(v)
	if err != nil {
		runtime.WriteUnraisable(err, "", p.timer)
		return 0
	}
	return int64(math.Floor(f * 1e9))
}

// hook is the profile function: calls of Python code and (when builtins
// is on) of builtins push a context, their returns pop it.
func (p *Profiler) hook(f *runtime.Frame, event int, arg Value) *runtime.Exception {
	switch event {
	case runtime.TraceCall:
		co := runtime.FrameCode(f)
		p.enter(co, runtime.ValueOf(co))
	case runtime.TraceReturn:
		p.leave(runtime.FrameCode(f))
	case runtime.TraceCCall:
		if p.builtins {
			if key, label := runtime.BuiltinProfileKey(arg); key != nil {
				p.enter(key, label)
			}
		}
	case runtime.TraceCReturn, runtime.TraceCException:
		if p.builtins {
			if key, _ := runtime.BuiltinProfileKey(arg); key != nil {
				p.leave(key)
			}
		}
	}
	return nil
}

// enter starts a call of the function key (ptrace_enter_call).
func (p *Profiler) enter(key any, userObj Value) {
	e := p.entries[key]
	if e == nil {
		e = &entry{userObj: userObj}
		p.entries[key] = e
		p.order = append(p.order, e)
	}
	c := &context{previous: p.current, entry: e}
	p.current = c
	e.recursionLevel++
	if p.subcalls && c.previous != nil {
		p.subStat(c.previous.entry, e).recursionLevel++
	}
	c.t0 = p.now()
}

// subStat returns caller's record of its calls to callee.
func (p *Profiler) subStat(caller, callee *entry) *stat {
	if caller.calls == nil {
		caller.calls = map[*entry]*stat{}
	}
	s := caller.calls[callee]
	if s == nil {
		s = &stat{}
		caller.calls[callee] = s
		caller.order = append(caller.order, callee)
	}
	return s
}

// leave ends the innermost call (ptrace_leave_call).
func (p *Profiler) leave(key any) {
	c := p.current
	if c == nil {
		return
	}
	if e := p.entries[key]; e != nil {
		p.stop(c, e)
	} else {
		p.current = c.previous
	}
}

// stop charges the call c of e with its time (Stop in _lsprof.c).
func (p *Profiler) stop(c *context, e *entry) {
	tt := p.now() - c.t0
	it := tt - c.subt
	if c.previous != nil {
		c.previous.subt += tt
	}
	p.current = c.previous
	charge(&e.stat, tt, it)
	if p.subcalls && c.previous != nil {
		charge(p.subStat(c.previous.entry, e), tt, it)
	}
}

// charge adds one finished call to s.
func charge(s *stat, tt, it int64) {
	s.recursionLevel--
	if s.recursionLevel == 0 {
		s.tt += tt
	} else {
		s.recursivecallcount++
	}
	s.it += it
	s.callcount++
}

// flushUnmatched ends the calls still active when profiling stops.
func (p *Profiler) flushUnmatched() {
	for p.current != nil {
		p.stop(p.current, p.current.entry)
	}
}

// factor converts timer units to seconds.
func (p *Profiler) factor() float64 {
	if !p.timer.IsNull() && p.timeUnit > 0 {
		return p.timeUnit
	}
	return 1e-9
}

func profiler_getstats(self Value, a []Value) (Value, *runtime.Exception) {
	p := runtime.PtrOf[Profiler](self)
	k := p.factor()
	out := make([]Value, 0, len(p.order))
	for _, e := range p.order {
		if e.callcount == 0 {
			continue // still running: not reported, as in CPython
		}
		calls := runtime.None
		if len(e.order) > 0 {
			subs := make([]Value, 0, len(e.order))
			for _, callee := range e.order {
				s := e.calls[callee]
				subs = append(subs, runtime.NewStructSeq(subentryType, []Value{callee.userObj,
					runtime.Int(s.callcount), runtime.Int(s.recursivecallcount),
					runtime.Float(float64(s.tt) * k), runtime.Float(float64(s.it) * k)}))
			}
			calls = runtime.NewList(subs)
		}
		out = append(out, runtime.NewStructSeq(entryType, []Value{e.userObj,
			runtime.Int(e.callcount), runtime.Int(e.recursivecallcount),
			runtime.Float(float64(e.tt) * k), runtime.Float(float64(e.it) * k), calls}))
	}
	return runtime.NewList(out), nil
}
