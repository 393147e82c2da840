// This file defines _asyncio.Future, following futures._PyFuture.

package asyncio

import (
	"krait/runtime"
)

// The states of a future.
const (
	statePending int8 = iota
	stateCancelled
	stateFinished
)

var stateNames = [...]string{"PENDING", "CANCELLED", "FINISHED"}

// callback is a done callback and the contextvars Context it runs in.
type callback struct {
	fn, ctx value
}

// Future is an asyncio future. Task embeds it, so the methods of Future
// serve tasks too.
type Future struct {
	runtime.Header
	attrs         *runtime.Attrs
	loop          value // the null Value until __init__ ran
	callbacks     []callback
	result        value
	exception     value // the exception instance set, or null
	exceptionTB   value
	sourceTB      value
	cancelMsg     value
	cancelledExc  value
	state         int8
	logTB         bool
	blocking      bool // _asyncio_future_blocking
	delRegistered bool
	delQueued     bool // waiting in delQueue (aloop15_delqueue.go)
}

var futType *runtime.Type

func futureType() *runtime.Type {
	if futType == nil {
		futType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_asyncio.Future", Flags: runtime.FlagBaseType,
			Doc:     futureDoc,
			Methods: futureMethods, GetSets: futureGetSets}, func(t *runtime.Type) {
			t.New = future_new
			t.Init = future_init
			t.Repr = future_repr
			t.Iter = future_iter
			t.InstAttrs = func(v value) *runtime.Attrs { return futureOf(v).attrs }
			t.SetAttr = future_setattro
		})
	}
	return futType
}

const futureDoc = "This class is *almost* compatible with concurrent.futures.Future.\n\n" +
	"    Differences:\n\n" +
	"    - result() and exception() do not take a timeout argument and\n" +
	"      raise an exception when the future isn't done yet.\n\n" +
	"    - Callbacks registered with add_done_callback() are always called\n" +
	"      via the event loop's call_soon_threadsafe().\n\n" +
	"    - This class is not compatible with the wait() and as_completed()\n" +
	"      methods in the concurrent.futures package."

func futureOf(v value) *Future { return runtime.PtrOf[Future](v) }

// isNativeFuture reports whether v is a Future or Task (or a subclass),
// whose state the module may read directly.
func isNativeFuture(v value) bool {
	t := v.Type()
	return t == futType || t == tskType || t.IsSubtype(futType)
}

var futureMethods = []runtime.Method{
	{Name: "result", Flags: runtime.MethNoArgs, Fn: future_result,
		Doc: "Return the result this future represents.\n\nIf the future has been cancelled, raises CancelledError.  If the\nfuture's result isn't yet available, raises InvalidStateError.  If\nthe future is done and has an exception set, this exception is raised."},
	{Name: "exception", Flags: runtime.MethNoArgs, Fn: future_exception,
		Doc: "Return the exception that was set on this future.\n\nThe exception (or None if no exception was set) is returned only if\nthe future is done.  If the future has been cancelled, raises\nCancelledError.  If the future isn't done yet, raises\nInvalidStateError."},
	{Name: "set_result", Sig: "result, /", Flags: runtime.MethO, Fn: future_set_result,
		Doc: "Mark the future done and set its result.\n\nIf the future is already done when this method is called, raises\nInvalidStateError."},
	{Name: "set_exception", Sig: "exception, /", Flags: runtime.MethO, Fn: future_set_exception,
		Doc: "Mark the future done and set an exception.\n\nIf the future is already done when this method is called, raises\nInvalidStateError."},
	{Name: "add_done_callback", Sig: "fn, /, *, context=", Fn: future_add_done_callback,
		Doc: "Add a callback to be run when the future becomes done.\n\nThe callback is called with a single argument - the future object. If\nthe future is already done when this is called, the callback is\nscheduled with call_soon."},
	{Name: "remove_done_callback", Sig: "fn, /", Flags: runtime.MethO, Fn: future_remove_done_callback,
		Doc: "Remove all instances of a callback from the \"call when done\" list.\n\nReturns the number of callbacks removed."},
	{Name: "cancel", Sig: "msg=", Fn: future_cancel,
		Doc: "Cancel the future and schedule callbacks.\n\nIf the future is already done or cancelled, return False.  Otherwise,\nchange the future's state to cancelled, schedule the callbacks and\nreturn True."},
	{Name: "cancelled", Flags: runtime.MethNoArgs, Fn: future_cancelled,
		Doc: "Return True if the future was cancelled."},
	{Name: "done", Flags: runtime.MethNoArgs, Fn: future_done,
		Doc: "Return True if the future is done.\n\nDone means either that a result / exception are available, or that the\nfuture was cancelled."},
	{Name: "get_loop", Flags: runtime.MethNoArgs, Fn: future_get_loop,
		Doc: "Return the event loop the Future is bound to."},
	{Name: "_make_cancelled_error", Flags: runtime.MethNoArgs, Fn: future_make_cancelled_error,
		Doc: "Create the CancelledError to raise if the Future is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value."},
	{Name: "__await__", Flags: runtime.MethNoArgs, Fn: future_await, Doc: "Return an iterator to be used in await expression."},
	{Name: "__del__", Flags: runtime.MethNoArgs, Fn: future_del},
	{Name: "__class_getitem__", Fn: runtime.ClassGetItem, Sig: "item, /", Flags: runtime.MethO | runtime.MethClass,
		Doc: "See PEP 585"},
}

var futureGetSets = []runtime.GetSetDef{
	{Name: "_state", Get: func(v value) (value, *exc) {
		f := futureOf(v)
		if f.loop.IsNull() {
			return runtime.None, nil
		}
		return runtime.StrValue(stateNames[f.state]), nil
	}},
	{Name: "_asyncio_future_blocking", Get: func(v value) (value, *exc) {
		f := futureOf(v)
		if f.loop.IsNull() {
			return runtime.None, nil
		}
		return runtime.Bool(f.blocking), nil
	}, Set: func(v, val value) *exc {
		f := futureOf(v)
		if err := f.checkInit(); err != nil {
			return err
		}
		if val.IsNull() {
			return runtime.NewAttributeError("cannot delete attribute")
		}
		b, err := runtime.IsTrue(val)
		if err != nil {
			return err
		}
		f.blocking = b
		return nil
	}},
	{Name: "_log_traceback", Get: func(v value) (value, *exc) {
		f := futureOf(v)
		if f.loop.IsNull() {
			return runtime.None, nil
		}
		return runtime.Bool(f.logTB), nil
	}, Set: func(v, val value) *exc {
		if val.IsNull() {
			return runtime.NewAttributeError("cannot delete attribute")
		}
		b, err := runtime.IsTrue(val)
		if err != nil {
			return err
		}
		if b {
			return runtime.NewValueError("_log_traceback can only be set to False")
		}
		futureOf(v).logTB = false
		return nil
	}},
	{Name: "_loop", Get: func(v value) (value, *exc) { return orNone(futureOf(v).loop), nil }},
	{Name: "_callbacks", Get: future_get_callbacks},
	{Name: "_result", Get: func(v value) (value, *exc) { return orNone(futureOf(v).result), nil }},
	{Name: "_exception", Get: func(v value) (value, *exc) { return orNone(futureOf(v).exception), nil }},
	{Name: "_source_traceback", Get: func(v value) (value, *exc) { return orNone(futureOf(v).sourceTB), nil }},
	{Name: "_cancel_message", Get: func(v value) (value, *exc) { return orNone(futureOf(v).cancelMsg), nil },
		Set: func(v, val value) *exc {
			if val.IsNull() {
				return runtime.NewAttributeError("cannot delete attribute")
			}
			futureOf(v).cancelMsg = val
			return nil
		}},
}

func orNone(v value) value {
	if v.IsNull() {
		return runtime.None
	}
	return v
}

func future_new(t *runtime.Type, args []value, kwnames []*runtime.Str) (value, *exc) {
	f := &Future{Header: runtime.HeaderFor(t)}
	if t.Flags&runtime.FlagHeapType != 0 {
		f.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(f), nil
}

// kwArgs splits a vectorcall's arguments into positional ones and the
// values of the keywords names (null when absent); an unknown keyword is
// a TypeError naming fname.
func kwArgs(fname string, args []value, kwnames []*runtime.Str, names ...string) ([]value, []value, *exc) {
	npos := len(args) - len(kwnames)
	out := make([]value, len(names))
	for i, k := range kwnames {
		j := 0
		for j < len(names) && names[j] != k.String() {
			j++
		}
		if j == len(names) {
			return nil, nil, runtime.NewTypeError("%s() got an unexpected keyword argument '%s'", fname, k.String())
		}
		out[j] = args[npos+i]
	}
	return args[:npos], out, nil
}

func future_init(self value, args []value, kwnames []*runtime.Str) *exc {
	pos, kw, err := kwArgs("Future", args, kwnames, "loop")
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return runtime.NewTypeError("Future() takes no positional arguments")
	}
	return futureOf(self).init(self, kw[0])
}

// init is Future.__init__(loop=loop): a null or None loop is the event
// loop get_event_loop() returns.
func (f *Future) init(self, loop value) *exc {
	if !f.loop.IsNull() {
		// Initialized again: forget the previous state, as C does.
		*f = Future{Header: f.Header, attrs: f.attrs}
	}
	if loop.IsNull() || loop.IsNone() {
		l, err := getEventLoop()
		if err != nil {
			return err
		}
		loop = l
	}
	f.loop = loop
	if err := loadHelpers(); err != nil {
		return err
	}
	debug, err := runtime.CallMethodVec(loop, strGetDebug, nil, nil)
	if err != nil {
		return err
	}
	on, err := runtime.IsTrue(debug)
	if err != nil {
		return err
	}
	if on {
		tb, err := runtime.Call(helpers.extractStack, nil, nil)
		if err != nil {
			return err
		}
		f.sourceTB = tb
	}
	return nil
}

func (f *Future) checkInit() *exc {
	if f.loop.IsNull() {
		return runtime.NewRuntimeError("Future object is not initialized.")
	}
	return nil
}

// scheduleCallbacks hands each done callback to loop.call_soon, with the
// future and the callback's context, and clears the list.
func (f *Future) scheduleCallbacks(self value) *exc {
	cbs := f.callbacks
	if len(cbs) == 0 {
		return nil
	}
	f.callbacks = nil
	for _, cb := range cbs {
		if err := callSoon(f.loop, cb.fn, self, cb.ctx); err != nil {
			return err
		}
	}
	return nil
}

var strContext = runtime.Intern("context")

// callSoon is loop.call_soon(fn, arg, context=ctx), arg and ctx omitted
// when null.
func callSoon(loop, fn, arg, ctx value) *exc {
	if done, err := directCallSoon(loop, fn, arg, ctx); done { // aloop16_callsoon.go
		return err
	}
	var buf [3]value
	args := append(buf[:0], fn)
	if !arg.IsNull() {
		args = append(args, arg)
	}
	var kw []*runtime.Str
	if !ctx.IsNull() {
		args = append(args, ctx)
		kw = kwContext
	}
	_, err := runtime.CallMethodVec(loop, strCallSoon, args, kw)
	return err
}

var (
	strCallSoon = runtime.Intern("call_soon")
	strGetDebug = runtime.Intern("get_debug")
	strAdd      = runtime.Intern("add")
	// kwContext is the keyword names of call_soon(fn, ..., context=);
	// callees do not modify kwnames.
	kwContext = []*runtime.Str{strContext}
)

func (f *Future) setResult(self, result value) *exc {
	if err := f.checkInit(); err != nil {
		return err
	}
	if f.state != statePending {
		return f.stateError(self)
	}
	f.result = result
	f.state = stateFinished
	return f.scheduleCallbacks(self)
}

// stateError is the InvalidStateError of setting a done future (the C
// module's message, not _PyFuture's, which includes the repr).
func (f *Future) stateError(self value) *exc {
	return invalidStateError("invalid state")
}

func (f *Future) setException(self, e value) *exc {
	if err := f.checkInit(); err != nil {
		return err
	}
	if f.state != statePending {
		return f.stateError(self)
	}
	if t, ok := e.TryType(); ok {
		inst, err := runtime.Call(t.Value(), nil, nil)
		if err != nil {
			return err
		}
		e = inst
	}
	x, ok := e.TryException()
	if !ok {
		return runtime.NewTypeError("invalid exception object")
	}
	if x.Type() == runtime.StopIterationType {
		return runtime.NewTypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exception = e
	f.exceptionTB = value{}
	if x.Traceback != nil {
		f.exceptionTB = runtime.ValueOf(x.Traceback)
	}
	f.state = stateFinished
	if err := f.scheduleCallbacks(self); err != nil {
		return err
	}
	f.logTB = true
	f.queueDel(self)
	return nil
}

// cancelledError is _make_cancelled_error(): the CancelledError saved
// when the coroutine raised it, else a new one with the cancel message.
func (f *Future) cancelledError() (value, *exc) {
	if !f.cancelledExc.IsNull() {
		e := f.cancelledExc
		f.cancelledExc = value{}
		return e, nil
	}
	if err := loadHelpers(); err != nil {
		return value{}, err
	}
	var args []value
	if !f.cancelMsg.IsNull() && !f.cancelMsg.IsNone() {
		args = []value{f.cancelMsg}
	}
	return runtime.Call(helpers.cancelledError, args, nil)
}

// makeCancelledError is the CancelledError to raise for a cancelled
// future (or the error making it).
func (f *Future) makeCancelledError() *exc {
	e, err := f.cancelledError()
	if err != nil {
		return err
	}
	if x, ok := e.TryException(); ok {
		return x
	}
	return runtime.NewTypeError("exceptions must derive from BaseException")
}

// resultOrRaise is result(): the result, or the exception to raise.
func (f *Future) resultOrRaise() (value, *exc) {
	if f.state == stateCancelled {
		return value{}, f.makeCancelledError()
	}
	if f.state != stateFinished {
		return value{}, invalidStateError("Result is not set.")
	}
	f.logTB = false
	if !f.exception.IsNull() {
		x := f.exception.AsException()
		if f.exceptionTB.IsNull() {
			x.Traceback = nil
		} else {
			x.Traceback = runtime.PtrOf[runtime.Traceback](f.exceptionTB)
		}
		return value{}, x
	}
	return f.result, nil
}

func future_result(self value, _ []value) (value, *exc) {
	return futureOf(self).resultOrRaise()
}

func future_exception(self value, _ []value) (value, *exc) {
	f := futureOf(self)
	if err := f.checkInit(); err != nil && f.state == statePending {
		return value{}, invalidStateError("Exception is not set.")
	}
	if f.state == stateCancelled {
		return value{}, f.makeCancelledError()
	}
	if f.state != stateFinished {
		return value{}, invalidStateError("Exception is not set.")
	}
	f.logTB = false
	return orNone(f.exception), nil
}

func future_set_result(self value, a []value) (value, *exc) {
	if err := futureOf(self).setResult(self, a[0]); err != nil {
		return value{}, err
	}
	return runtime.None, nil
}

func future_set_exception(self value, a []value) (value, *exc) {
	if err := futureOf(self).setException(self, a[0]); err != nil {
		return value{}, err
	}
	return runtime.None, nil
}

// addDoneCallback is add_done_callback(fn, context=ctx); a null ctx is a
// copy of the current context.
func (f *Future) addDoneCallback(self, fn, ctx value) *exc {
	if err := f.checkInit(); err != nil {
		return err
	}
	if f.state != statePending {
		return callSoon(f.loop, fn, self, ctx)
	}
	if ctx.IsNull() || ctx.IsNone() {
		if err := loadHelpers(); err != nil {
			return err
		}
		c, err := runtime.Call(helpers.copyContext, nil, nil)
		if err != nil {
			return err
		}
		ctx = c
	}
	f.callbacks = append(f.callbacks, callback{fn, ctx})
	return nil
}

func future_add_done_callback(self value, a []value) (value, *exc) {
	ctx := a[1]
	if ctx.IsNone() {
		ctx = value{}
	}
	if err := futureOf(self).addDoneCallback(self, a[0], ctx); err != nil {
		return value{}, err
	}
	return runtime.None, nil
}

func future_remove_done_callback(self value, a []value) (value, *exc) {
	f := futureOf(self)
	if err := f.checkInit(); err != nil {
		return value{}, err
	}
	kept := make([]callback, 0, len(f.callbacks))
	removed := 0
	for i := 0; i < len(f.callbacks); i++ {
		cb := f.callbacks[i]
		eq, err := runtime.RichCompareBool(cb.fn, a[0], runtime.Eq)
		if err != nil {
			return value{}, err
		}
		if eq {
			removed++
		} else {
			kept = append(kept, cb)
		}
	}
	if removed > 0 {
		f.callbacks = kept
	}
	return runtime.Int(int64(removed)), nil
}

// cancel is Future.cancel(msg).
func (f *Future) cancel(self, msg value) (bool, *exc) {
	if err := f.checkInit(); err != nil {
		return false, err
	}
	f.logTB = false
	if f.state != statePending {
		return false, nil
	}
	f.state = stateCancelled
	f.cancelMsg = msg
	return true, f.scheduleCallbacks(self)
}

func future_cancel(self value, a []value) (value, *exc) {
	ok, err := futureOf(self).cancel(self, orNone(a[0]))
	if err != nil {
		return value{}, err
	}
	return runtime.Bool(ok), nil
}

func future_cancelled(self value, _ []value) (value, *exc) {
	f := futureOf(self)
	return runtime.Bool(!f.loop.IsNull() && f.state == stateCancelled), nil
}

func future_done(self value, _ []value) (value, *exc) {
	f := futureOf(self)
	return runtime.Bool(!f.loop.IsNull() && f.state != statePending), nil
}

func future_get_loop(self value, _ []value) (value, *exc) {
	f := futureOf(self)
	if err := f.checkInit(); err != nil {
		return value{}, err
	}
	return f.loop, nil
}

func future_make_cancelled_error(self value, _ []value) (value, *exc) {
	return futureOf(self).cancelledError()
}

func future_get_callbacks(v value) (value, *exc) {
	f := futureOf(v)
	if len(f.callbacks) == 0 {
		return runtime.None, nil
	}
	items := make([]value, len(f.callbacks))
	for i, cb := range f.callbacks {
		items[i] = runtime.TupleValue(cb.fn, cb.ctx)
	}
	return runtime.NewList(items), nil
}

func future_repr(v value) (value, *exc) {
	if err := loadHelpers(); err != nil {
		return value{}, err
	}
	return runtime.Call(helpers.futureRepr, []value{v}, nil)
}

// future_del is __del__: report an exception set and never retrieved to
// the loop's exception handler.
func future_del(self value, _ []value) (value, *exc) {
	f := futureOf(self)
	if !f.logTB || f.loop.IsNull() {
		return runtime.None, nil
	}
	f.logTB = false
	ctx := runtime.NewDict()
	nv, err := runtime.GetAttrString(self.Type().Value(), "__name__")
	if err != nil {
		return value{}, err
	}
	name := ""
	if s, ok := nv.TryStr(); ok {
		name = s.String()
	}
	if err := ctx.SetItem(runtime.StrValue("message"), runtime.StrValue(name+" exception was never retrieved")); err != nil {
		return value{}, err
	}
	if err := ctx.SetItem(runtime.StrValue("exception"), f.exception); err != nil {
		return value{}, err
	}
	if err := ctx.SetItem(runtime.StrValue("future"), self); err != nil {
		return value{}, err
	}
	if !f.sourceTB.IsNull() {
		if err := ctx.SetItem(runtime.StrValue("source_traceback"), f.sourceTB); err != nil {
			return value{}, err
		}
	}
	_, err = runtime.CallMethod(f.loop, "call_exception_handler", ctx.Value())
	if err != nil {
		return value{}, err
	}
	return runtime.None, nil
}
