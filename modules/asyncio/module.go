// Package asyncio implements _asyncio, the accelerator CPython builds from
// Modules/_asynciomodule.c: Future, Task and the iterator their __await__
// returns, the running-loop functions and the task registry. asyncio's
// pure-Python classes (futures._PyFuture, tasks._PyTask) are the
// specification; this package keeps their states, messages and callback
// order, and steps a task's coroutine from Go.
package asyncio

import (
	"syscall"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// Module is the _asyncio module definition.
var Module = &runtime.ModuleDef{
	Name: "_asyncio",
	Doc:  "Accelerator module for asyncio",
	Methods: []runtime.Method{
		{Name: "get_event_loop", Flags: runtime.MethNoArgs, Fn: asyncio_get_event_loop,
			Doc: "Return an asyncio event loop.\n\nWhen called from a coroutine or a callback (e.g. scheduled with\ncall_soon or similar API), this function will always return the\nrunning event loop.\n\nIf there is no running event loop set, the function will return\nthe result of `get_event_loop_policy().get_event_loop()` call."},
		{Name: "_get_event_loop", Sig: "stacklevel=", Fn: asyncio_get_event_loop},
		{Name: "get_running_loop", Flags: runtime.MethNoArgs, Fn: asyncio_get_running_loop,
			Doc: "Return the running event loop.  Raise a RuntimeError if there is none.\n\nThis function is thread-specific."},
		{Name: "_get_running_loop", Flags: runtime.MethNoArgs, Fn: asyncio__get_running_loop,
			Doc: "Return the running event loop or None.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific."},
		{Name: "_set_running_loop", Sig: "loop, /", Flags: runtime.MethO, Fn: asyncio__set_running_loop,
			Doc: "Set the running event loop.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific."},
		{Name: "_register_task", Sig: "task", Fn: asyncio__register_task,
			Doc: "Register a new task in asyncio as executed by loop.\n\nReturns None."},
		{Name: "_unregister_task", Sig: "task", Fn: asyncio__unregister_task,
			Doc: "Unregister a task.\n\nReturns None."},
		{Name: "_enter_task", Sig: "loop, task", Fn: asyncio__enter_task,
			Doc: "Enter into task execution or resume suspended task.\n\nTask belongs to loop.\n\nReturns None."},
		{Name: "_leave_task", Sig: "loop, task", Fn: asyncio__leave_task,
			Doc: "Leave task execution or suspend a task.\n\nTask belongs to loop.\n\nReturns None."},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		if allTasks.IsNull() {
			weakref, err := runtime.ImportModule("weakref")
			if err != nil {
				return err
			}
			ws, err := runtime.CallMethod(weakref, "WeakSet")
			if err != nil {
				return err
			}
			allTasks, currentTasks = newTaskSet(ws), runtime.NewDict()
		}
		m.SetAttr("Future", futureType().Value())
		m.SetAttr("Task", taskType().Value())
		m.SetAttr("_all_tasks", allTasks)
		m.SetAttr("_current_tasks", currentTasks.Value())
		return nil
	},
}

var (
	// allTasks is the registry of tasks (aloop16_taskset.go) and
	// currentTasks maps each loop to the task it is running, shared with
	// asyncio.tasks (which imports both).
	allTasks     value
	currentTasks *runtime.Dict
)

// helpers are the Python-level functions and classes of asyncio that the
// module calls, imported on first use: _asyncio itself is imported while
// the asyncio package is still being imported.
var helpers struct {
	loaded                                     bool
	getPolicy, futureRepr, taskRepr            value
	taskGetStack, taskPrintStack, iscoroutine  value
	invalidState, cancelledError, extractStack value
	copyContext                                value
}

// loadHelpers imports the helpers once.
func loadHelpers() *exc {
	if helpers.loaded {
		return nil
	}
	get := func(mod, name string, dst *value) *exc {
		m, err := runtime.ImportModule(mod)
		if err != nil {
			return err
		}
		v, err := runtime.GetAttrString(m, name)
		if err != nil {
			return err
		}
		*dst = v
		return nil
	}
	for _, h := range []struct {
		mod, name string
		dst       *value
	}{
		{"asyncio.events", "get_event_loop_policy", &helpers.getPolicy},
		{"asyncio.base_futures", "_future_repr", &helpers.futureRepr},
		{"asyncio.exceptions", "InvalidStateError", &helpers.invalidState},
		{"asyncio.exceptions", "CancelledError", &helpers.cancelledError},
		{"asyncio.base_tasks", "_task_repr", &helpers.taskRepr},
		{"asyncio.base_tasks", "_task_get_stack", &helpers.taskGetStack},
		{"asyncio.base_tasks", "_task_print_stack", &helpers.taskPrintStack},
		{"asyncio.coroutines", "iscoroutine", &helpers.iscoroutine},
		{"traceback", "extract_stack", &helpers.extractStack},
		{"contextvars", "copy_context", &helpers.copyContext},
	} {
		if err := get(h.mod, h.name, h.dst); err != nil {
			return err
		}
	}
	helpers.loaded = true
	return nil
}

// newError makes an instance of the Python exception class cls (one of
// the helpers) with the message msg.
func newError(cls value, msg string) *exc {
	args := []value{}
	if msg != "" {
		args = append(args, runtime.StrValue(msg))
	}
	e, err := runtime.Call(cls, args, nil)
	if err != nil {
		return err
	}
	if x, ok := e.TryException(); ok {
		return x
	}
	return runtime.NewTypeError("exceptions must derive from BaseException")
}

func invalidStateError(msg string) *exc {
	if err := loadHelpers(); err != nil {
		return err
	}
	return newError(helpers.invalidState, msg)
}

// runningLoop is a thread's running loop and the process it was set in
// (a child after fork has no running loop).
type runningLoop struct {
	loop value
	pid  int
}

// runningLoops holds the running loop of each thread that has one; the
// last thread asked is cached, as the lookups come in runs.
var (
	runningLoops = map[*runtime.Thread]runningLoop{}
	lastThread   *runtime.Thread
	lastLoop     runningLoop
)

// getRunningLoop returns the calling thread's running loop, or the null
// Value.
func getRunningLoop() value {
	th := runtime.CurrentThread()
	rl := lastLoop
	if th != lastThread {
		rl = runningLoops[th]
		lastThread, lastLoop = th, rl
	}
	if rl.loop.IsNull() || rl.pid != syscall.Getpid() {
		return value{}
	}
	return rl.loop
}

func asyncio__get_running_loop(_ value, _ []value) (value, *exc) {
	if l := getRunningLoop(); !l.IsNull() {
		return l, nil
	}
	return runtime.None, nil
}

func asyncio_get_running_loop(_ value, _ []value) (value, *exc) {
	if l := getRunningLoop(); !l.IsNull() {
		return l, nil
	}
	return value{}, runtime.NewRuntimeError("no running event loop")
}

func asyncio__set_running_loop(_ value, a []value) (value, *exc) {
	th := runtime.CurrentThread()
	if a[0].IsNone() {
		delete(runningLoops, th)
		if th == lastThread {
			lastLoop = runningLoop{}
		}
		return runtime.None, nil
	}
	rl := runningLoop{a[0], syscall.Getpid()}
	runningLoops[th] = rl
	lastThread, lastLoop = th, rl
	return runtime.None, nil
}

// getEventLoop is get_event_loop(): the running loop, else the policy's.
func getEventLoop() (value, *exc) {
	if l := getRunningLoop(); !l.IsNull() {
		return l, nil
	}
	if err := loadHelpers(); err != nil {
		return value{}, err
	}
	policy, err := runtime.Call(helpers.getPolicy, nil, nil)
	if err != nil {
		return value{}, err
	}
	return runtime.CallMethod(policy, "get_event_loop")
}

func asyncio_get_event_loop(_ value, _ []value) (value, *exc) { return getEventLoop() }

func asyncio__register_task(_ value, a []value) (value, *exc) {
	if err := registerTask(a[0]); err != nil {
		return value{}, err
	}
	return runtime.None, nil
}

// registerTask adds task to the registry of all tasks.
func registerTask(task value) *exc { return taskSetOf(allTasks).add(task) }

func asyncio__unregister_task(_ value, a []value) (value, *exc) {
	if err := taskSetOf(allTasks).discard(a[0]); err != nil {
		return value{}, err
	}
	return runtime.None, nil
}

func asyncio__enter_task(_ value, a []value) (value, *exc) {
	return runtime.None, enterTask(a[0], a[1])
}

func asyncio__leave_task(_ value, a []value) (value, *exc) {
	return runtime.None, leaveTask(a[0], a[1])
}

// enterTask records task as the one loop runs.
func enterTask(loop, task value) *exc {
	cur, found, err := currentTasks.GetItem(loop)
	if err != nil {
		return err
	}
	if found {
		return reprError("Cannot enter into task %s while another task %s is being executed.", task, cur)
	}
	return currentTasks.SetItem(loop, task)
}

// leaveTask forgets that loop runs task, which must be the one it runs.
func leaveTask(loop, task value) *exc {
	cur, found, err := currentTasks.GetItem(loop)
	if err != nil {
		return err
	}
	if !found || !cur.Is(task) {
		if !found {
			cur = runtime.None
		}
		return reprError("Leaving task %s does not match the current task %s.", task, cur)
	}
	_, _, err = currentTasks.DelItem(loop)
	return err
}

// reprError is a RuntimeError whose message formats the reprs of vs.
func reprError(format string, vs ...value) *exc {
	args := make([]any, len(vs))
	for i, v := range vs {
		r, err := runtime.Repr(v)
		if err != nil {
			return err
		}
		args[i] = r.String()
	}
	return runtime.NewRuntimeError(format, args...)
}
