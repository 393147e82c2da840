// This file defines _asyncio.Task, following tasks._PyTask: a future that
// drives a coroutine, one step per event loop callback.

package asyncio

import (
	"strconv"

	"krait/runtime"
)

// Task is an asyncio task.
type Task struct {
	Future
	coro, context, name, futWaiter value
	mustCancel, logDestroyPending  bool
	numCancels                     int
}

var (
	tskType     *runtime.Type
	taskCounter uint64
)

func taskType() *runtime.Type {
	if tskType == nil {
		tskType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_asyncio.Task", Base: futureType(),
			Flags: runtime.FlagBaseType, Doc: "A coroutine wrapped in a Future.",
			Methods: taskMethods, GetSets: taskGetSets}, func(t *runtime.Type) {
			t.New = task_new
			t.Init = task_init
			t.Repr = task_repr
			t.InstAttrs = func(v value) *runtime.Attrs { return taskOf(v).attrs }
			t.SetAttr = future_setattro
		})
	}
	return tskType
}

func taskOf(v value) *Task { return runtime.PtrOf[Task](v) }

// isNativeTask reports whether v is a Task (or a subclass).
func isNativeTask(v value) bool {
	t := v.Type()
	return t == tskType || t.IsSubtype(tskType)
}

var taskMethods = []runtime.Method{
	{Name: "set_result", Sig: "result, /", Flags: runtime.MethO, Fn: func(value, []value) (value, *exc) {
		return value{}, runtime.NewRuntimeError("Task does not support set_result operation")
	}},
	{Name: "set_exception", Sig: "exception, /", Flags: runtime.MethO, Fn: func(value, []value) (value, *exc) {
		return value{}, runtime.NewRuntimeError("Task does not support set_exception operation")
	}},
	{Name: "cancel", Sig: "msg=", Fn: task_cancel,
		Doc: "Request that this task cancel itself.\n\nThis arranges for a CancelledError to be thrown into the\nwrapped coroutine on the next cycle through the event loop.\nThe coroutine then has a chance to clean up or even deny\nthe request using try/except/finally.\n\nUnlike Future.cancel, this does not guarantee that the\ntask will be cancelled: the exception might be caught and\nacted upon, delaying cancellation of the task or preventing\ncancellation completely.  The task may also return a value or\nraise a different exception.\n\nImmediately after this method is called, Task.cancelled() will\nnot return True (unless the task was already cancelled).  A\ntask will be marked as cancelled when the wrapped coroutine\nterminates with a CancelledError exception (even if cancel()\nwas not called).\n\nThis also increases the task's count of cancellation requests."},
	{Name: "cancelling", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return runtime.Int(int64(taskOf(self).numCancels)), nil
	}, Doc: "Return the count of the task's cancellation requests.\n\nThis count is incremented when .cancel() is called\nand may be decremented using .uncancel()."},
	{Name: "uncancel", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		t := taskOf(self)
		if t.numCancels > 0 {
			t.numCancels--
		}
		return runtime.Int(int64(t.numCancels)), nil
	}, Doc: "Decrement the task's count of cancellation requests.\n\nThis should be used by tasks that catch CancelledError\nand wish to continue indefinitely until they are cancelled again.\n\nReturns the remaining number of cancellation requests."},
	{Name: "get_stack", Sig: "*, limit=", Fn: task_get_stack,
		Doc: "Return the list of stack frames for this task's coroutine."},
	{Name: "print_stack", Sig: "*, limit=, file=", Fn: task_print_stack,
		Doc: "Print the stack or traceback for this task's coroutine."},
	{Name: "get_coro", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return orNone(taskOf(self).coro), nil
	}},
	{Name: "get_name", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return orNone(taskOf(self).name), nil
	}},
	{Name: "set_name", Sig: "value, /", Flags: runtime.MethO, Fn: func(self value, a []value) (value, *exc) {
		n := a[0]
		if _, ok := n.TryStr(); !ok || n.Type() != runtime.StrType {
			s, err := runtime.StrOf(n)
			if err != nil {
				return value{}, err
			}
			n = s.Value()
		}
		taskOf(self).name = n
		return runtime.None, nil
	}},
	{Name: "__del__", Flags: runtime.MethNoArgs, Fn: task_del},
}

func boolGetSet(name string, field func(t *Task) *bool) runtime.GetSetDef {
	return runtime.GetSetDef{Name: name, Get: func(v value) (value, *exc) {
		return runtime.Bool(*field(taskOf(v))), nil
	}, Set: func(v, val value) *exc {
		if val.IsNull() {
			return runtime.NewAttributeError("cannot delete attribute")
		}
		b, err := runtime.IsTrue(val)
		if err != nil {
			return err
		}
		*field(taskOf(v)) = b
		return nil
	}}
}

var taskGetSets = []runtime.GetSetDef{
	boolGetSet("_log_destroy_pending", func(t *Task) *bool { return &t.logDestroyPending }),
	boolGetSet("_must_cancel", func(t *Task) *bool { return &t.mustCancel }),
	{Name: "_coro", Get: func(v value) (value, *exc) { return orNone(taskOf(v).coro), nil }},
	{Name: "_fut_waiter", Get: func(v value) (value, *exc) { return orNone(taskOf(v).futWaiter), nil }},
}

func task_new(t *runtime.Type, args []value, kwnames []*runtime.Str) (value, *exc) {
	tk := &Task{Future: Future{Header: runtime.HeaderFor(t)}}
	if t.Flags&runtime.FlagHeapType != 0 {
		tk.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(tk), nil
}

func task_init(self value, args []value, kwnames []*runtime.Str) *exc {
	pos, kw, err := kwArgs("Task", args, kwnames, "coro", "loop", "name", "context")
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return runtime.NewTypeError("Task() takes at most 1 positional argument (%d given)", len(pos))
	}
	if len(pos) == 1 {
		if !kw[0].IsNull() {
			return runtime.NewTypeError("argument for Task() given by name ('coro') and position (1)")
		}
		kw[0] = pos[0]
	}
	if kw[0].IsNull() {
		return runtime.NewTypeError("Task() missing required argument 'coro' (pos 1)")
	}
	return taskOf(self).init(self, kw[0], kw[1], kw[2], kw[3])
}

// init is Task.__init__(coro, loop=, name=, context=).
func (t *Task) init(self, coro, loop, name, context value) *exc {
	if err := t.Future.init(self, loop); err != nil {
		return err
	}
	t.queueDel(self)
	ok, err := isCoroutine(coro)
	if err != nil {
		return err
	}
	if !ok {
		t.logDestroyPending = false
		r, err := runtime.Repr(coro)
		if err != nil {
			return err
		}
		return runtime.NewTypeError("a coroutine was expected, got %s", r.String())
	}
	if context.IsNull() || context.IsNone() {
		c, err := runtime.Call(helpers.copyContext, nil, nil)
		if err != nil {
			return err
		}
		context = c
	}
	t.context = context
	t.mustCancel = false
	t.logDestroyPending = true
	t.numCancels = 0
	t.coro = coro
	t.futWaiter = value{}
	if name.IsNull() || name.IsNone() {
		taskCounter++
		t.name = runtime.StrValue("Task-" + strconv.FormatUint(taskCounter, 10))
	} else if name.Type() == runtime.StrType {
		t.name = name
	} else {
		s, err := runtime.StrOf(name)
		if err != nil {
			return err
		}
		t.name = s.Value()
	}
	if err := callSoon(t.loop, newStepper(self, value{}), value{}, t.context); err != nil {
		return err
	}
	return registerTask(self)
}

// isCoroutine is asyncio.iscoroutine(v), without the call for a native
// coroutine.
func isCoroutine(v value) (bool, *exc) {
	if v.Type() == runtime.CoroutineType {
		return true, nil
	}
	r, err := runtime.Call(helpers.iscoroutine, []value{v}, nil)
	if err != nil {
		return false, err
	}
	return runtime.IsTrue(r)
}

func task_repr(v value) (value, *exc) {
	if err := loadHelpers(); err != nil {
		return value{}, err
	}
	return runtime.Call(helpers.taskRepr, []value{v}, nil)
}

func task_get_stack(self value, a []value) (value, *exc) {
	if err := loadHelpers(); err != nil {
		return value{}, err
	}
	return runtime.Call(helpers.taskGetStack, []value{self, orNone(a[0])}, nil)
}

func task_print_stack(self value, a []value) (value, *exc) {
	if err := loadHelpers(); err != nil {
		return value{}, err
	}
	return runtime.Call(helpers.taskPrintStack, []value{self, orNone(a[0]), orNone(a[1])}, nil)
}

// cancel is Task.cancel(msg).
func task_cancel(self value, a []value) (value, *exc) {
	t := taskOf(self)
	msg := orNone(a[0])
	t.logTB = false
	if t.loop.IsNull() || t.state != statePending {
		return runtime.False, nil
	}
	t.numCancels++
	if !t.futWaiter.IsNull() && !t.futWaiter.IsNone() {
		var ok bool
		var err *exc
		if isNativeFuture(t.futWaiter) && !isNativeTask(t.futWaiter) && t.futWaiter.Type().LookupString("cancel").Is(futureCancelMethod()) {
			ok, err = futureOf(t.futWaiter).cancel(t.futWaiter, msg)
		} else {
			var r value
			m, err2 := runtime.GetAttrString(t.futWaiter, "cancel")
			if err2 != nil {
				return value{}, err2
			}
			r, err = runtime.Call(m, []value{msg}, []*runtime.Str{runtime.Intern("msg")})
			if err == nil {
				ok, err = runtime.IsTrue(r)
			}
		}
		if err != nil {
			return value{}, err
		}
		if ok {
			return runtime.True, nil
		}
	}
	t.mustCancel = true
	t.cancelMsg = msg
	return runtime.True, nil
}

var futCancel value

// futureCancelMethod is Future.cancel as found on the class, to tell a
// subclass that overrides it.
func futureCancelMethod() value {
	if futCancel.IsNull() {
		futCancel = futureType().LookupString("cancel")
	}
	return futCancel
}

// task_del is __del__: report a task destroyed while pending, then what
// Future's __del__ reports.
func task_del(self value, _ []value) (value, *exc) {
	t := taskOf(self)
	if !t.loop.IsNull() && t.state == statePending && t.logDestroyPending {
		ctx := runtime.NewDict()
		ctx.SetItem(runtime.StrValue("task"), self)
		ctx.SetItem(runtime.StrValue("message"), runtime.StrValue("Task was destroyed but it is pending!"))
		if !t.sourceTB.IsNull() {
			ctx.SetItem(runtime.StrValue("source_traceback"), t.sourceTB)
		}
		if _, err := runtime.CallMethod(t.loop, "call_exception_handler", ctx.Value()); err != nil {
			return value{}, err
		}
	}
	return future_del(self, nil)
}
