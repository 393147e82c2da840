// This file defines how a task runs: __step sends into (or throws into)
// the coroutine and looks at what it yielded, __wakeup resumes it when the
// future it waits for is done. Both reach the event loop as callables
// (CPython's TaskStepMethWrapper and TaskWakeupMethWrapper).

package asyncio

import (
	"krait/runtime"
)

// stepper is a scheduled __step(exc) of a task.
type stepper struct {
	runtime.Header
	task, exc value
}

// waker is a task's __wakeup(future), its future's done callback.
type waker struct {
	runtime.Header
	task value
}

var stepperType, wakerType *runtime.Type

// initWrapperTypes makes the two callable types on first use (not at
// package initialisation, which every run of krait pays for).
func initWrapperTypes() {
	if stepperType != nil {
		return
	}
	// __self__ is the task: base_events formats a slow callback by it
	// (stepper and waker both start with the task).
	self := []runtime.GetSetDef{{Name: "__self__", Get: func(v value) (value, *exc) {
		return runtime.PtrOf[waker](v).task, nil
	}}}
	stepperType = runtime.NewNativeType(&runtime.TypeSpec{Name: "TaskStepMethWrapper", GetSets: self}, func(t *runtime.Type) {
		t.Call = func(v value, args []value, kwnames []*runtime.Str) (value, *exc) {
			if len(args) > 0 {
				return value{}, runtime.NewTypeError("function takes no arguments")
			}
			s := runtime.PtrOf[stepper](v)
			return runtime.None, taskStep(s.task, s.exc)
		}
	})

	wakerType = runtime.NewNativeType(&runtime.TypeSpec{Name: "TaskWakeupMethWrapper", GetSets: self}, func(t *runtime.Type) {
		t.Call = func(v value, args []value, kwnames []*runtime.Str) (value, *exc) {
			if len(args) != 1 || len(kwnames) > 0 {
				return value{}, runtime.NewTypeError("function takes exactly 1 argument")
			}
			return runtime.None, taskWakeup(runtime.PtrOf[waker](v).task, args[0])
		}
	})
}

func newStepper(task, e value) value {
	initWrapperTypes()
	return runtime.ValueOf(&stepper{Header: runtime.HeaderFor(stepperType), task: task, exc: e})
}

// waker makes the task's __wakeup. It is not kept on the task: a
// task -> waker -> task cycle through an object with a finalizer would
// never be collected by Go.
func (t *Task) waker(self value) value {
	initWrapperTypes()
	return runtime.ValueOf(&waker{Header: runtime.HeaderFor(wakerType), task: self})
}

// taskWakeup is __wakeup(fut): step the task with fut's exception thrown
// in, or with nothing sent.
func taskWakeup(self, fut value) *exc {
	var err *exc
	if ft := fut.Type(); ft == futType || ft == tskType {
		f := futureOf(fut)
		if f.state == stateFinished && f.exception.IsNull() {
			return taskStep(self, value{})
		}
		_, err = f.resultOrRaise()
	} else {
		_, err = runtime.CallMethod(fut, "result")
	}
	if err != nil {
		return taskStep(self, err.Value())
	}
	return taskStep(self, value{})
}

// taskStep is __step(exc): one run of the coroutine between the loop's
// callbacks, with the task registered as its loop's current task.
func taskStep(self, e value) *exc {
	t := taskOf(self)
	if t.loop.IsNull() {
		return runtime.NewRuntimeError("Future object is not initialized.")
	}
	if t.state != statePending {
		r1, err := runtime.Repr(self)
		if err != nil {
			return err
		}
		r2, err := runtime.Repr(orNone(e))
		if err != nil {
			return err
		}
		return invalidStateError("_step(): already done: " + r1.String() + ", " + r2.String())
	}
	if t.mustCancel {
		if e.IsNull() || !isCancelledError(e) {
			ce, err := t.cancelledError()
			if err != nil {
				return err
			}
			e = ce
		}
		t.mustCancel = false
	}
	t.futWaiter = value{}
	if err := enterTask(t.loop, self); err != nil {
		return err
	}
	err := t.stepCoro(self, e)
	if lerr := leaveTask(t.loop, self); lerr != nil {
		if err != nil {
			lerr.Context = err
		}
		return lerr
	}
	return err
}

func isCancelledError(e value) bool {
	cls, ok := helpers.cancelledError.TryType()
	return ok && e.Type().IsSubtype(cls)
}

// stepCoro resumes the coroutine and settles the task by its outcome.
func (t *Task) stepCoro(self, e value) *exc {
	var r value
	var done bool
	var err *exc
	if e.IsNull() {
		if _, ok := t.coro.TryGenerator(); ok || t.coro.Type().Next != nil {
			r, done, err = runtime.CoroSend(t.coro, runtime.None)
		} else {
			// A coroutine-like object without __next__: its send.
			r, err = runtime.CallMethod(t.coro, "send", runtime.None)
		}
	} else {
		r, err = runtime.CallMethod(t.coro, "throw", e)
	}
	if err != nil && err.Matches(runtime.StopIterationType) {
		r, done, err = runtime.StopIterationValue(err), true, nil
	}
	if err != nil {
		return t.coroRaised(self, err)
	}
	if done {
		if t.mustCancel {
			// Cancelled right before the coroutine returned.
			t.mustCancel = false
			_, err := t.Future.cancel(self, orNone(t.cancelMsg))
			return err
		}
		return t.Future.setResult(self, r)
	}
	return t.yielded(self, r)
}

// coroRaised settles the task whose coroutine raised err.
func (t *Task) coroRaised(self value, err *exc) *exc {
	if isCancelledError(err.Value()) {
		// Kept so that the CancelledError raised later chains to it.
		t.cancelledExc = err.Value()
		_, cerr := t.Future.cancel(self, runtime.None)
		return cerr
	}
	if serr := t.Future.setException(self, err.Value()); serr != nil {
		return serr
	}
	if err.Matches(runtime.BuiltinExceptionType("KeyboardInterrupt")) || err.Matches(runtime.BuiltinExceptionType("SystemExit")) {
		return err
	}
	return nil
}

var strBlocking = runtime.Intern("_asyncio_future_blocking")

// yielded handles a value the coroutine yielded: a future to wait for
// (after await), None to run again next iteration, anything else an error
// thrown back in at the next step.
func (t *Task) yielded(self, r value) *exc {
	if rt := r.Type(); rt == futType || rt == tskType {
		// Exactly Future or Task: a subclass may override the methods.
		f := futureOf(r)
		if f.loop.IsNull() {
			return runtime.NewRuntimeError("Future object is not initialized.")
		}
		if !f.loop.Is(t.loop) {
			return t.retryWith(self, "Task %s got Future %s attached to a different loop", self, r)
		}
		if !f.blocking {
			return t.retryWith(self, "yield was used instead of yield from in task %s with %s", self, r)
		}
		if r.Is(self) {
			return t.retryWith(self, "Task cannot await on itself: %s", self)
		}
		f.blocking = false
		if err := f.addDoneCallback(r, t.waker(self), t.context); err != nil {
			return err
		}
		return t.waitFor(self, r)
	}
	if r.IsNone() {
		return callSoon(t.loop, newStepper(self, value{}), value{}, t.context)
	}
	blocking, err := runtime.GetAttrOpt(r, strBlocking)
	if err != nil {
		return err
	}
	if !blocking.IsNull() && !blocking.IsNone() {
		return t.yieldedFutureLike(self, r, blocking)
	}
	if r.Type() == runtime.GeneratorType {
		return t.retryWith(self, "yield was used instead of yield from for generator in task %s with %s", self, r)
	}
	return t.retryWith(self, "Task got bad yield: %s", r)
}

// yieldedFutureLike is yielded for a future that is not a native Future.
func (t *Task) yieldedFutureLike(self, r, blocking value) *exc {
	loop, err := futureLoop(r)
	if err != nil {
		return err
	}
	if !loop.Is(t.loop) {
		return t.retryWith(self, "Task %s got Future %s attached to a different loop", self, r)
	}
	b, err := runtime.IsTrue(blocking)
	if err != nil {
		return err
	}
	if !b {
		return t.retryWith(self, "yield was used instead of yield from in task %s with %s", self, r)
	}
	if r.Is(self) {
		return t.retryWith(self, "Task cannot await on itself: %s", self)
	}
	if err := runtime.SetAttr(r, strBlocking, runtime.False); err != nil {
		return err
	}
	add, err := runtime.GetAttrString(r, "add_done_callback")
	if err != nil {
		return err
	}
	if _, err := runtime.Call(add, []value{t.waker(self), t.context}, []*runtime.Str{strContext}); err != nil {
		return err
	}
	return t.waitFor(self, r)
}

// waitFor records that the task waits for fut, cancelling fut at once if
// the task was cancelled meanwhile.
func (t *Task) waitFor(self, fut value) *exc {
	t.futWaiter = fut
	if !t.mustCancel {
		return nil
	}
	r, err := runtime.CallMethod(fut, "cancel", orNone(t.cancelMsg))
	if err != nil {
		return err
	}
	ok, err := runtime.IsTrue(r)
	if err != nil {
		return err
	}
	if ok {
		t.mustCancel = false
	}
	return nil
}

// futureLoop is futures._get_loop(fut).
func futureLoop(fut value) (value, *exc) {
	get, err := runtime.GetAttrOpt(fut, runtime.Intern("get_loop"))
	if err != nil {
		return value{}, err
	}
	if !get.IsNull() {
		return runtime.Call(get, nil, nil)
	}
	return runtime.GetAttr(fut, strLoopAttr)
}

// retryWith schedules the next step with a RuntimeError thrown in, its
// message formatting the reprs of vs.
func (t *Task) retryWith(self value, format string, vs ...value) *exc {
	e := reprError(format, vs...)
	if !e.Matches(runtime.RuntimeErrorType) || len(vs) == 0 {
		return e
	}
	return callSoon(t.loop, newStepper(self, e.Value()), value{}, t.context)
}
