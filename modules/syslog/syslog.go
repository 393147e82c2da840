// Package syslog is CPython 3.11's syslog module. Krait does not link the C
// library, so it speaks the protocol of glibc's syslog(3) itself: the same
// "<PRI>Mmm dd hh:mm:ss ident[pid]: message" datagrams to /dev/log, the same
// LOG_PERROR copy on standard error, the same mask and facility rules.
package syslog

import (
	"strings"
	"sync"

	"krait/runtime"
)

// Module is the syslog module.
var Module = &runtime.ModuleDef{
	Name: "syslog",
	Methods: []runtime.Method{
		{Name: "openlog", Sig: "ident=, logoption=, facility=", Flags: runtime.MethOld, Fn: syslog_openlog},
		{Name: "syslog", Sig: "*args", Flags: runtime.MethOld, Fn: syslog_syslog},
		{Name: "closelog", Flags: runtime.MethNoArgs, Fn: syslog_closelog},
		{Name: "setlogmask", Sig: "maskpri, /", Flags: runtime.MethO, Fn: syslog_setlogmask},
		{Name: "LOG_MASK", Sig: "pri, /", Flags: runtime.MethO, Fn: syslog_LOG_MASK},
		{Name: "LOG_UPTO", Sig: "pri, /", Flags: runtime.MethO, Fn: syslog_LOG_UPTO},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		for _, c := range constants {
			m.SetAttr(c.name, runtime.Int(c.value))
		}
		return nil
	},
}

// constants are <syslog.h>'s values on Linux, in CPython's order.
var constants = []struct {
	name  string
	value int64
}{
	{"LOG_EMERG", 0}, {"LOG_ALERT", 1}, {"LOG_CRIT", 2}, {"LOG_ERR", 3}, {"LOG_WARNING", 4},
	{"LOG_NOTICE", 5}, {"LOG_INFO", 6}, {"LOG_DEBUG", 7},
	{"LOG_PID", logPID}, {"LOG_CONS", logCons}, {"LOG_NDELAY", logNDelay}, {"LOG_ODELAY", 4},
	{"LOG_NOWAIT", 16}, {"LOG_PERROR", logPError},
	{"LOG_KERN", 0}, {"LOG_USER", logUser}, {"LOG_MAIL", 16}, {"LOG_DAEMON", 24}, {"LOG_AUTH", 32},
	{"LOG_LPR", 48}, {"LOG_LOCAL0", 128}, {"LOG_LOCAL1", 136}, {"LOG_LOCAL2", 144},
	{"LOG_LOCAL3", 152}, {"LOG_LOCAL4", 160}, {"LOG_LOCAL5", 168}, {"LOG_LOCAL6", 176},
	{"LOG_LOCAL7", 184}, {"LOG_SYSLOG", 40}, {"LOG_CRON", 72}, {"LOG_UUCP", 64}, {"LOG_NEWS", 56},
	{"LOG_AUTHPRIV", 80},
}

const (
	logPID    = 1
	logCons   = 2
	logNDelay = 8
	logPError = 32
	logUser   = 8
	priMask   = 0x07
	facMask   = 0x3f8
)

// state is what openlog set, as the C library keeps it; mu guards it and
// the connection (Python threads may log concurrently).
var state = struct {
	mu       sync.Mutex
	open     bool // CPython's S_log_open: openlog ran since the last closelog
	ident    string
	hasIdent bool
	option   int64
	facility int64
	mask     int64
	conn     *logConn
}{facility: logUser, mask: 0xff}

func syslog_openlog(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	identArg := runtime.None
	ident, hasIdent := "", false
	if !a[0].IsNull() && !a[0].IsNone() {
		s, ok := a[0].TryStr()
		if !ok {
			return runtime.Value{}, runtime.NewTypeError("openlog() argument 1 must be str, not %s", runtime.ArgTypeName(a[0]))
		}
		identArg, ident, hasIdent = a[0], s.S, true
	}
	option, err := optionalLong(a[1], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	facility, err := optionalLong(a[2], logUser)
	if err != nil {
		return runtime.Value{}, err
	}
	if !hasIdent {
		// The event shows the ident taken from sys.argv[0], as CPython's.
		if ident, hasIdent = argvIdent(); hasIdent {
			identArg = runtime.StrValue(ident)
		}
	} else if ident, err = cString(identArg); err != nil {
		return runtime.Value{}, err
	}
	if err := runtime.Audit("syslog.openlog", identArg, runtime.Int(option), runtime.Int(facility)); err != nil {
		return runtime.Value{}, err
	}
	openlog(ident, hasIdent, option, facility)
	return runtime.None, nil
}

// openlog is openlog(3): it records the options and connects at once
// only under LOG_NDELAY.
func openlog(ident string, hasIdent bool, option, facility int64) {
	state.mu.Lock()
	defer state.mu.Unlock()
	state.open = true
	state.ident, state.hasIdent, state.option = ident, hasIdent, option
	if facility != 0 && facility&^facMask == 0 {
		state.facility = facility
	}
	if option&logNDelay != 0 && state.conn == nil {
		state.conn = dialLog()
	}
}

// argvIdent is CPython's default ident: the last path component of
// sys.argv[0], if sys.argv has a str there.
func argvIdent() (string, bool) {
	sys, ok := runtime.SysModulesGet("sys")
	if !ok {
		return "", false
	}
	argv, err := runtime.GetAttrString(sys, "argv")
	if err != nil {
		return "", false
	}
	first, err := runtime.GetItem(argv, runtime.Int(0))
	if err != nil {
		return "", false
	}
	s, ok := first.TryStr()
	if !ok {
		return "", false
	}
	name := s.S
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	return name, true
}

func syslog_syslog(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, _ := a[0].TryTuple()
	args := t.Items()
	priority := int64(6) // LOG_INFO
	var msgArg runtime.Value
	switch len(args) {
	case 1:
		msgArg = args[0]
	case 2:
		p, err := runtime.Index(args[0], "")
		if err != nil || !p.IsSmallInt() {
			return runtime.Value{}, usageError()
		}
		priority, msgArg = p.SmallInt(), args[1]
	default:
		return runtime.Value{}, usageError()
	}
	if _, ok := msgArg.TryStr(); !ok {
		return runtime.Value{}, usageError()
	}
	if err := runtime.Audit("syslog.syslog", runtime.Int(priority), msgArg); err != nil {
		return runtime.Value{}, err
	}
	state.mu.Lock()
	open := state.open
	state.mu.Unlock()
	if !open {
		// The implicit openlog raises its audit event too.
		ident, has := argvIdent()
		identArg := runtime.None
		if has {
			identArg = runtime.StrValue(ident)
		}
		if err := runtime.Audit("syslog.openlog", identArg, runtime.Int(0), runtime.Int(logUser)); err != nil {
			return runtime.Value{}, err
		}
		openlog(ident, has, 0, logUser)
	}
	msg, err := cString(msgArg)
	if err != nil {
		return runtime.Value{}, err
	}
	runtime.BlockingCall(func() { send(priority, msg) })
	return runtime.None, nil
}

func usageError() *runtime.Exception {
	return runtime.NewTypeError("[priority,] message string")
}

func syslog_closelog(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := runtime.Audit("syslog.closelog"); err != nil {
		return runtime.Value{}, err
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	if state.open {
		state.conn.close()
		state.conn = nil
		state.open, state.ident, state.hasIdent = false, "", false
	}
	return runtime.None, nil
}

func syslog_setlogmask(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	m, err := cLong(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if err := runtime.Audit("syslog.setlogmask", runtime.Int(m)); err != nil {
		return runtime.Value{}, err
	}
	state.mu.Lock()
	defer state.mu.Unlock()
	old := state.mask
	if int32(m) != 0 {
		state.mask = int64(int32(m))
	}
	return runtime.Int(old), nil
}

// syslog_LOG_MASK and syslog_LOG_UPTO compute in C's 32-bit int, whose
// shift count the machine takes modulo 32.
func syslog_LOG_MASK(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := cLong(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(int32(1) << (uint32(p) & 31))), nil
}

func syslog_LOG_UPTO(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := cLong(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(int32(1)<<(uint32(p+1)&31) - 1)), nil
}

func cLong(v runtime.Value) (int64, *runtime.Exception) {
	i, err := runtime.Index(v, "")
	if err != nil {
		return 0, err
	}
	if !i.IsSmallInt() {
		return 0, runtime.NewOverflowError("Python int too large to convert to C long")
	}
	return i.SmallInt(), nil
}

func optionalLong(v runtime.Value, def int64) (int64, *runtime.Exception) {
	if v.IsNull() {
		return def, nil
	}
	return cLong(v)
}

// cString is the UTF-8 the C library receives: it ends at the first NUL.
func cString(v runtime.Value) (string, *runtime.Exception) {
	s, _ := v.TryStr()
	b, err := runtime.EncodeStr(s, "utf-8", "strict")
	if err != nil {
		return "", err
	}
	raw, _ := b.TryBytes()
	text := string(raw)
	if i := strings.IndexByte(text, 0); i >= 0 {
		text = text[:i]
	}
	return text, nil
}
