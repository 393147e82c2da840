// This file defines the Python callbacks SQLite calls: user functions,
// aggregates, window functions, collations, the authorizer, the progress
// handler and the trace callback. SQLite gets a small integer id as its
// user-data pointer; the id maps back to the Go context here.
package sqlite3mod

import (
	"sync"

	"modernc.org/libc"
	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

// callbackCtx is CPython's callback_context: the Python callable of one
// registration.
type callbackCtx struct {
	id       uintptr
	callable value
	owner    *dbHandle // for collations: where their exceptions wait
}

var (
	callbacksMu sync.Mutex
	callbacks           = map[uintptr]*callbackCtx{}
	nextID      uintptr = 1

	instancesMu  sync.Mutex
	instances           = map[uint64]value{} // live aggregate instances by id
	nextInstance uint64 = 1
)

// newCallback registers callable and returns its context.
func newCallback(callable value) *callbackCtx {
	callbacksMu.Lock()
	defer callbacksMu.Unlock()
	ctx := &callbackCtx{id: nextID, callable: callable}
	nextID++
	callbacks[ctx.id] = ctx
	return ctx
}

func lookupCallback(id uintptr) *callbackCtx {
	callbacksMu.Lock()
	defer callbacksMu.Unlock()
	return callbacks[id]
}

// destroyCallback is the xDestroy SQLite calls when a registration ends.
func destroyCallback(tls *libc.TLS, p uintptr) {
	callbacksMu.Lock()
	delete(callbacks, p)
	callbacksMu.Unlock()
}

// printOrClear reports a callback's exception through sys.unraisablehook
// when enable_callback_tracebacks is on (CPython's print_or_clear_traceback).
func printOrClear(ctx *callbackCtx, err *exc) {
	if err != nil && state.callbackTracebacks {
		obj := runtime.None
		if ctx != nil {
			obj = ctx.callable
		}
		runtime.WriteUnraisable(err, "", obj)
	}
}

// setSQLiteError reports err as the result of the SQL function call.
func setSQLiteError(tls *libc.TLS, sctx uintptr, ctx *callbackCtx, err *exc, msg string) {
	switch {
	case err != nil && err.Matches(runtime.ExceptionTypeByName("MemoryError")):
		sqlite.Xsqlite3_result_error_nomem(tls, sctx)
	case err != nil && err.Matches(runtime.ExceptionTypeByName("OverflowError")):
		sqlite.Xsqlite3_result_error_toobig(tls, sctx)
	default:
		p := cstring(tls, msg)
		sqlite.Xsqlite3_result_error(tls, sctx, p, -1)
		cfree(tls, p)
	}
	printOrClear(ctx, err)
}

// buildArgs converts the SQL arguments of a call to Python values.
func buildArgs(tls *libc.TLS, argc int32, argv uintptr) ([]value, *exc) {
	args := make([]value, argc)
	for i := range args {
		v := readPtr(argv + uintptr(i)*8)
		switch sqlite.Xsqlite3_value_type(tls, v) {
		case sqlite.SQLITE_INTEGER:
			args[i] = runtime.Int(sqlite.Xsqlite3_value_int64(tls, v))
		case sqlite.SQLITE_FLOAT:
			args[i] = runtime.Float(sqlite.Xsqlite3_value_double(tls, v))
		case sqlite.SQLITE_TEXT:
			p := sqlite.Xsqlite3_value_text(tls, v)
			b := gobytes(p, int(sqlite.Xsqlite3_value_bytes(tls, v)))
			s, err := runtime.DecodeBytes(b, "utf-8", "strict")
			if err != nil {
				return nil, err
			}
			args[i] = s
		case sqlite.SQLITE_BLOB:
			p := sqlite.Xsqlite3_value_blob(tls, v)
			args[i] = runtime.NewBytes(gobytes(p, int(sqlite.Xsqlite3_value_bytes(tls, v))))
		default:
			args[i] = runtime.None
		}
	}
	return args, nil
}

// setResult stores a Python value as the SQL function's result; ok is
// false (with no exception) for an unsupported type.
func setResult(tls *libc.TLS, sctx uintptr, v value) (bool, *exc) {
	switch {
	case v.IsNone():
		sqlite.Xsqlite3_result_null(tls, sctx)
	case runtime.IsInstance(v, runtime.IntType):
		n, err := int64Of(v)
		if err != nil {
			return false, err
		}
		sqlite.Xsqlite3_result_int64(tls, sctx, n)
	case runtime.IsInstance(v, runtime.FloatType):
		f, _ := runtime.FloatValueOf(v)
		sqlite.Xsqlite3_result_double(tls, sctx, f)
	case runtime.IsInstance(v, runtime.StrType):
		s, _ := runtime.StrOf(v)
		if err := checkUTF8(s); err != nil {
			return false, err
		}
		p := cbytes(tls, []byte(s.S))
		sqlite.Xsqlite3_result_text(tls, sctx, p, int32(len(s.S)), sqlite.SQLITE_TRANSIENT)
		cfree(tls, p)
	default:
		b, ok := runtime.BufferBytes(v)
		if !ok {
			return false, nil
		}
		if !runtime.BufferIsCContiguous(v) {
			return false, runtime.NewException(runtime.ExceptionTypeByName("BufferError"), runtime.StrValue("underlying buffer is not C-contiguous"))
		}
		p := cbytes(tls, b)
		sqlite.Xsqlite3_result_blob(tls, sctx, p, int32(len(b)), sqlite.SQLITE_TRANSIENT)
		cfree(tls, p)
	}
	return true, nil
}

// funcCallback is the xFunc of a create_function registration.
func funcCallback(tls *libc.TLS, sctx uintptr, argc int32, argv uintptr) {
	ctx := lookupCallback(sqlite.Xsqlite3_user_data(tls, sctx))
	if ctx == nil {
		return
	}
	args, err := buildArgs(tls, argc, argv)
	ok := false
	if err == nil {
		var r value
		if r, err = runtime.Call(ctx.callable, args, nil); err == nil {
			ok, err = setResult(tls, sctx, r)
		}
	}
	if !ok {
		setSQLiteError(tls, sctx, ctx, err, "user-defined function raised exception")
	}
}

// aggregateInstance returns the Python aggregate object of this group,
// creating it (by calling the class) when create is set.
func aggregateInstance(tls *libc.TLS, sctx uintptr, ctx *callbackCtx, create bool) (value, uintptr, *exc) {
	n := int32(0)
	if create {
		n = 8
	}
	slot := sqlite.Xsqlite3_aggregate_context(tls, sctx, n)
	if slot == 0 {
		return value{}, 0, nil
	}
	if id := readUint64(slot); id != 0 {
		instancesMu.Lock()
		v := instances[id]
		instancesMu.Unlock()
		return v, slot, nil
	}
	if !create {
		return value{}, slot, nil
	}
	inst, err := runtime.Call(ctx.callable, nil, nil)
	if err != nil {
		return value{}, slot, err
	}
	instancesMu.Lock()
	id := nextInstance
	nextInstance++
	instances[id] = inst
	instancesMu.Unlock()
	writeUint64(slot, id)
	return inst, slot, nil
}

// dropInstance forgets the aggregate object of a finished group.
func dropInstance(slot uintptr) {
	if slot == 0 {
		return
	}
	instancesMu.Lock()
	delete(instances, readUint64(slot))
	instancesMu.Unlock()
	writeUint64(slot, 0)
}

// callAggregateMethod calls inst.name(args...), reporting failures with
// CPython's messages.
func callAggregateMethod(tls *libc.TLS, sctx uintptr, ctx *callbackCtx, inst value, name string, args []value) (value, bool) {
	m, err := runtime.GetAttrString(inst, name)
	if err != nil {
		msg := "user-defined aggregate's '" + name + "' method raised error"
		if err.Matches(runtime.ExceptionTypeByName("AttributeError")) {
			msg = "user-defined aggregate's '" + name + "' method not defined"
		}
		setSQLiteError(tls, sctx, ctx, err, msg)
		return value{}, false
	}
	r, err := runtime.Call(m, args, nil)
	if err != nil {
		setSQLiteError(tls, sctx, ctx, err, "user-defined aggregate's '"+name+"' method raised error")
		return value{}, false
	}
	return r, true
}

// stepCallback is the xStep of aggregates and window functions.
func stepCallback(tls *libc.TLS, sctx uintptr, argc int32, argv uintptr) {
	stepOrInverse(tls, sctx, argc, argv, "step")
}

// inverseCallback is the xInverse of window functions.
func inverseCallback(tls *libc.TLS, sctx uintptr, argc int32, argv uintptr) {
	stepOrInverse(tls, sctx, argc, argv, "inverse")
}

func stepOrInverse(tls *libc.TLS, sctx uintptr, argc int32, argv uintptr, name string) {
	ctx := lookupCallback(sqlite.Xsqlite3_user_data(tls, sctx))
	if ctx == nil {
		return
	}
	inst, _, err := aggregateInstance(tls, sctx, ctx, true)
	if err != nil {
		setSQLiteError(tls, sctx, ctx, err, "user-defined aggregate's '__init__' method raised error")
		return
	}
	if inst.IsNull() {
		return
	}
	args, err := buildArgs(tls, argc, argv)
	if err != nil {
		setSQLiteError(tls, sctx, ctx, err, "user-defined aggregate's '"+name+"' method raised error")
		return
	}
	callAggregateMethod(tls, sctx, ctx, inst, name, args)
}

// finalCallback is the xFinal of aggregates and window functions.
func finalCallback(tls *libc.TLS, sctx uintptr) {
	valueOrFinal(tls, sctx, "finalize")
}

// valueCallback is the xValue of window functions.
func valueCallback(tls *libc.TLS, sctx uintptr) {
	valueOrFinal(tls, sctx, "value")
}

func valueOrFinal(tls *libc.TLS, sctx uintptr, name string) {
	ctx := lookupCallback(sqlite.Xsqlite3_user_data(tls, sctx))
	if ctx == nil {
		return
	}
	inst, slot, _ := aggregateInstance(tls, sctx, ctx, false)
	if name == "finalize" {
		defer dropInstance(slot)
	}
	if inst.IsNull() {
		return
	}
	r, ok := callAggregateMethod(tls, sctx, ctx, inst, name, nil)
	if !ok {
		return
	}
	if ok, err := setResult(tls, sctx, r); !ok {
		setSQLiteError(tls, sctx, ctx, err, "user-defined aggregate's '"+name+"' method raised error")
	}
}

// collationCallback is the xCompare of create_collation.
func collationCallback(tls *libc.TLS, p uintptr, n1 int32, s1 uintptr, n2 int32, s2 uintptr) int32 {
	ctx := lookupCallback(p)
	if ctx == nil {
		return 0
	}
	a, err := runtime.DecodeBytes(gobytes(s1, int(n1)), "utf-8", "replace")
	if err != nil {
		return 0
	}
	b, err := runtime.DecodeBytes(gobytes(s2, int(n2)), "utf-8", "replace")
	if err != nil {
		return 0
	}
	r, err := runtime.Call(ctx.callable, []value{a, b}, nil)
	if err != nil {
		// CPython leaves the exception set: the statement finishes and the
		// call that ran it raises it (see takePendingError).
		if ctx.owner != nil && ctx.owner.pendingErr == nil {
			ctx.owner.pendingErr = err
		}
		return 0
	}
	if !runtime.IsInstance(r, runtime.IntType) {
		return 0
	}
	gt, err := runtime.RichCompareBool(r, runtime.Int(0), runtime.Gt)
	if err != nil {
		return 0
	}
	if gt {
		return 1
	}
	lt, _ := runtime.RichCompareBool(r, runtime.Int(0), runtime.Lt)
	if lt {
		return -1
	}
	return 0
}

// authorizerCallback is the xAuth of set_authorizer.
func authorizerCallback(tls *libc.TLS, p uintptr, action int32, a1, a2, a3, a4 uintptr) int32 {
	ctx := lookupCallback(p)
	if ctx == nil {
		return sqlite.SQLITE_DENY
	}
	opt := func(s uintptr) value {
		if s == 0 {
			return runtime.None
		}
		return runtime.StrValue(gostring(s))
	}
	r, err := runtime.Call(ctx.callable, []value{runtime.Int(int64(action)), opt(a1), opt(a2), opt(a3), opt(a4)}, nil)
	if err != nil {
		printOrClear(ctx, err)
		return sqlite.SQLITE_DENY
	}
	if !runtime.IsInstance(r, runtime.IntType) {
		return sqlite.SQLITE_DENY
	}
	n, err := runtime.IndexInt(r, "")
	if err != nil || n != int64(int32(n)) {
		if err == nil {
			err = runtime.NewOverflowError("Python int too large to convert to C int")
		}
		printOrClear(ctx, err)
		return sqlite.SQLITE_DENY
	}
	return int32(n)
}

// progressCallback is the progress handler: a true result aborts.
func progressCallback(tls *libc.TLS, p uintptr) int32 {
	ctx := lookupCallback(p)
	if ctx == nil {
		return 0
	}
	r, err := runtime.Call(ctx.callable, nil, nil)
	if err != nil {
		printOrClear(ctx, err)
		return -1
	}
	t, err := runtime.IsTrue(r)
	if err != nil {
		printOrClear(ctx, err)
		return -1
	}
	if t {
		return 1
	}
	return 0
}

// traceCallback is the sqlite3_trace_v2 callback for SQLITE_TRACE_STMT.
func traceCallback(tls *libc.TLS, typ uint32, p, stmt, sql uintptr) int32 {
	if typ != sqlite.SQLITE_TRACE_STMT {
		return 0
	}
	ctx := lookupCallback(p)
	if ctx == nil {
		return 0
	}
	var text string
	if x := sqlite.Xsqlite3_expanded_sql(tls, stmt); x != 0 {
		text = gostring(x)
		sqlite.Xsqlite3_free(tls, x)
	} else {
		printOrClear(ctx, newError(DataErrorType, "Expanded SQL string exceeds the maximum string length"))
		text = gostring(sql)
	}
	if _, err := runtime.Call(ctx.callable, []value{runtime.StrValue(text)}, nil); err != nil {
		printOrClear(ctx, err)
	}
	return 0
}

// isCallable is callable(v).
func isCallable(v value) bool { return v.Type().Call != nil }

// functionArgs checks the connection and parses the (name, narg) that
// create_function, create_aggregate and create_window_function begin with;
// nameArg is how CPython's message names the first argument.
func functionArgs(self value, a []value, fn, nameArg string) (*connection, *runtime.Str, int64, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return nil, nil, 0, err
	}
	name, ok := a[0].TryStr()
	if !ok {
		return nil, nil, 0, runtime.NewTypeError("%s() argument %s must be str, not %s", fn, nameArg, runtime.ArgTypeName(a[0]))
	}
	narg, err := runtime.IndexInt(a[1], "")
	if err != nil {
		return nil, nil, 0, err
	}
	return c, name, narg, nil
}

func connection_create_function(self value, a []value) (value, *exc) {
	c, name, narg, err := functionArgs(self, a, "create_function", "'name'")
	if err != nil {
		return runtime.None, err
	}
	flags := int32(sqlite.SQLITE_UTF8)
	if !a[3].IsNull() {
		det, err := runtime.IsTrue(a[3])
		if err != nil {
			return runtime.None, err
		}
		if det {
			flags |= sqlite.SQLITE_DETERMINISTIC
		}
	}
	tls := c.h.tls
	cname := cstring(tls, name.S)
	defer cfree(tls, cname)
	c.hasCallbacks = true
	ctx := newCallback(a[2])
	rc := sqlite.Xsqlite3_create_function_v2(tls, c.h.db, cname, int32(narg), flags, ctx.id,
		cFuncPointer(funcCallback), 0, 0, cFuncPointer(destroyCallback))
	if rc != sqlite.SQLITE_OK {
		return runtime.None, newError(OperationalErrorType, "Error creating function")
	}
	return runtime.None, nil
}

func connection_create_aggregate(self value, a []value) (value, *exc) {
	c, name, narg, err := functionArgs(self, a, "create_aggregate", "'name'")
	if err != nil {
		return runtime.None, err
	}
	tls := c.h.tls
	cname := cstring(tls, name.S)
	defer cfree(tls, cname)
	c.hasCallbacks = true
	ctx := newCallback(a[2])
	rc := sqlite.Xsqlite3_create_function_v2(tls, c.h.db, cname, int32(narg), sqlite.SQLITE_UTF8, ctx.id,
		0, cFuncPointer(stepCallback), cFuncPointer(finalCallback), cFuncPointer(destroyCallback))
	if rc != sqlite.SQLITE_OK {
		return runtime.None, newError(OperationalErrorType, "Error creating aggregate")
	}
	return runtime.None, nil
}

func connection_create_window_function(self value, a []value) (value, *exc) {
	c, name, narg, err := functionArgs(self, a, "create_window_function", "1")
	if err != nil {
		return runtime.None, err
	}
	tls := c.h.tls
	cname := cstring(tls, name.S)
	defer cfree(tls, cname)
	var rc int32
	if a[2].IsNone() {
		rc = sqlite.Xsqlite3_create_window_function(tls, c.h.db, cname, int32(narg), sqlite.SQLITE_UTF8, 0, 0, 0, 0, 0, 0)
	} else {
		c.hasCallbacks = true
		ctx := newCallback(a[2])
		rc = sqlite.Xsqlite3_create_window_function(tls, c.h.db, cname, int32(narg), sqlite.SQLITE_UTF8, ctx.id,
			cFuncPointer(stepCallback), cFuncPointer(finalCallback), cFuncPointer(valueCallback),
			cFuncPointer(inverseCallback), cFuncPointer(destroyCallback))
	}
	if rc != sqlite.SQLITE_OK {
		return runtime.None, programmingError("%s", errstr(tls, rc))
	}
	return runtime.None, nil
}

func connection_create_collation(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	name, ok := a[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("create_collation() argument 1 must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	if !a[1].IsNone() && !isCallable(a[1]) {
		return runtime.None, runtime.NewTypeError("parameter must be callable")
	}
	if err := checkUTF8(name); err != nil {
		return runtime.None, err
	}
	tls := c.h.tls
	cname := cstring(tls, name.S)
	defer cfree(tls, cname)
	var rc int32
	if a[1].IsNone() {
		rc = sqlite.Xsqlite3_create_collation_v2(tls, c.h.db, cname, sqlite.SQLITE_UTF8, 0, 0, 0)
	} else {
		c.hasCallbacks = true
		ctx := newCallback(a[1])
		ctx.owner = c.h
		rc = sqlite.Xsqlite3_create_collation_v2(tls, c.h.db, cname, sqlite.SQLITE_UTF8, ctx.id,
			cFuncPointer(collationCallback), cFuncPointer(destroyCallback))
	}
	if rc != sqlite.SQLITE_OK {
		return runtime.None, dbError(tls, c.h.db)
	}
	return runtime.None, nil
}

// replaceHook swaps a connection's single-slot callback, releasing the
// old one.
func (c *connection) replaceHook(slot **callbackCtx, callable value) *callbackCtx {
	if *slot != nil {
		destroyCallback(nil, (*slot).id)
		delete(c.h.hooks, (*slot).id)
		*slot = nil
	}
	if callable.IsNone() {
		return nil
	}
	*slot = newCallback(callable)
	c.h.hooks[(*slot).id] = struct{}{}
	c.hasCallbacks = true
	return *slot
}

func connection_set_authorizer(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	tls := c.h.tls
	var rc int32
	if ctx := c.replaceHook(&c.authorizer, a[0]); ctx == nil {
		rc = sqlite.Xsqlite3_set_authorizer(tls, c.h.db, 0, 0)
	} else {
		rc = sqlite.Xsqlite3_set_authorizer(tls, c.h.db, cFuncPointer(authorizerCallback), ctx.id)
	}
	if rc != sqlite.SQLITE_OK {
		return runtime.None, newError(OperationalErrorType, "Error setting authorizer callback")
	}
	return runtime.None, nil
}

func connection_set_progress_handler(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	n, err := runtime.IndexInt(a[1], "")
	if err != nil {
		return runtime.None, err
	}
	tls := c.h.tls
	if ctx := c.replaceHook(&c.progress, a[0]); ctx == nil {
		sqlite.Xsqlite3_progress_handler(tls, c.h.db, 0, 0, 0)
	} else {
		sqlite.Xsqlite3_progress_handler(tls, c.h.db, int32(n), cFuncPointer(progressCallback), ctx.id)
	}
	return runtime.None, nil
}

func connection_set_trace_callback(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	tls := c.h.tls
	if ctx := c.replaceHook(&c.trace, a[0]); ctx == nil {
		sqlite.Xsqlite3_trace_v2(tls, c.h.db, 0, 0, 0)
	} else {
		sqlite.Xsqlite3_trace_v2(tls, c.h.db, sqlite.SQLITE_TRACE_STMT, cFuncPointer(traceCallback), ctx.id)
	}
	return runtime.None, nil
}
