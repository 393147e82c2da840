// This file defines _asyncio._all_tasks, the registry of tasks that
// asyncio.all_tasks() reads. CPython's is a weakref.WeakSet; here native
// Tasks are held by Go weak pointers instead, which costs one weak handle
// per task instead of a weakref object, its cleanup and a Python-level
// WeakSet.add call (a third of create_task's time). Other task-like
// objects (asyncio.tasks._PyTask, test doubles) still go to a WeakSet, so
// that their weak references behave exactly as CPython's.

package asyncio

import (
	"unsafe"
	"weak"

	"krait/runtime"
)

// taskSet is the _all_tasks object: the native entries and the WeakSet of
// the others.
type taskSet struct {
	runtime.Header
	others value // weakref.WeakSet
	// entries are the registered native Tasks in registration order, a
	// nil pointer where one was discarded or collected; index maps a
	// task's address to its entry.
	entries []weak.Pointer[Task]
	index   map[uintptr]int
	// sweepAt is the length of entries at which the next add first drops
	// the collected, discarded and finished tasks.
	sweepAt int
}

var tsType *runtime.Type

func init() {
	runtime.RegisterLayouts(func() { runtime.RegisterGoLayout[taskSet](taskSetType()) })
}

func taskSetType() *runtime.Type {
	if tsType == nil {
		tsType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_asyncio._TaskSet", Methods: []runtime.Method{
			{Name: "add", Sig: "task, /", Flags: runtime.MethO, Fn: taskset_add},
			{Name: "discard", Sig: "task, /", Flags: runtime.MethO, Fn: taskset_discard},
		}}, func(t *runtime.Type) {
			t.Iter = taskset_iter
			t.Len = func(v value) (int, *exc) {
				items, err := taskSetOf(v).items()
				return len(items), err
			}
			t.Contains = taskset_contains
			runtime.MarkUnhashable(t)
		})
	}
	return tsType
}

func taskSetOf(v value) *taskSet { return runtime.PtrOf[taskSet](v) }

// newTaskSet returns an empty registry whose other tasks go to others. It
// is made once, after every package's init: then it chains itself into
// the runtime's hook that clears weak references to cyclic garbage.
func newTaskSet(others value) value {
	s := &taskSet{Header: runtime.HeaderFor(taskSetType()), others: others,
		index: map[uintptr]int{}, sweepAt: 64}
	prev := runtime.ClearWeakrefsHook
	runtime.ClearWeakrefsHook = func(objs []value) {
		s.dropGarbage(objs)
		if prev != nil {
			prev(objs)
		}
	}
	return runtime.ValueOf(s)
}

// dropGarbage forgets the tasks among objs, cyclic garbage gc.collect() is
// about to finalize: as a WeakSet's entries, they leave the registry
// before any finalizer runs, though Go frees them only later.
func (s *taskSet) dropGarbage(objs []value) {
	for _, v := range objs {
		if t := nativeTask(v); t != nil {
			if i, ok := s.index[taskKey(t)]; ok && s.entries[i].Value() == t {
				delete(s.index, taskKey(t))
				s.entries[i] = weak.Pointer[Task]{}
			}
		}
	}
}

// nativeTask returns the Task behind v when v is exactly a native Task (a
// subclass may define __eq__ and __hash__, which a WeakSet would use).
func nativeTask(v value) *Task {
	if tskType == nil || v.Type() != tskType {
		return nil
	}
	return taskOf(v)
}

func taskKey(t *Task) uintptr { return uintptr(unsafe.Pointer(t)) }

// add registers task.
func (s *taskSet) add(task value) *exc {
	t := nativeTask(task)
	if t == nil {
		args := [1]value{task}
		_, err := runtime.CallMethodVec(s.others, strAdd, args[:], nil)
		return err
	}
	key := taskKey(t)
	if i, ok := s.index[key]; ok && s.entries[i].Value() == t {
		return nil
	}
	if len(s.entries) >= s.sweepAt {
		s.sweep()
	}
	s.index[key] = len(s.entries)
	s.entries = append(s.entries, weak.Make(t))
	return nil
}

// sweep drops the entries of tasks that were collected, discarded or
// finished (all_tasks() skips finished tasks, and a task never leaves
// the done state), so that the registry tracks the live pending tasks
// without waiting for a collection.
func (s *taskSet) sweep() {
	keep := s.entries[:0]
	clear(s.index)
	for _, w := range s.entries {
		t := w.Value()
		if t == nil || t.state != statePending {
			continue
		}
		s.index[taskKey(t)] = len(keep)
		keep = append(keep, w)
	}
	clear(s.entries[len(keep):])
	s.entries = keep
	s.sweepAt = max(64, 2*len(keep))
}

// discard unregisters task if it is registered.
func (s *taskSet) discard(task value) *exc {
	t := nativeTask(task)
	if t == nil {
		_, err := runtime.CallMethod(s.others, "discard", task)
		return err
	}
	key := taskKey(t)
	if i, ok := s.index[key]; ok {
		delete(s.index, key)
		s.entries[i] = weak.Pointer[Task]{}
	}
	return nil
}

// items returns the registered tasks that are alive: the native ones in
// registration order, then the others.
func (s *taskSet) items() ([]value, *exc) {
	var out []value
	for _, w := range s.entries {
		if t := w.Value(); t != nil {
			out = append(out, runtime.ValueOf(t))
		}
	}
	others, err := runtime.IterItems(s.others)
	return append(out, others...), err
}

func taskset_add(self value, a []value) (value, *exc) {
	return runtime.None, taskSetOf(self).add(a[0])
}

func taskset_discard(self value, a []value) (value, *exc) {
	return runtime.None, taskSetOf(self).discard(a[0])
}

// taskset_iter iterates over a snapshot, so that tasks created while a
// caller iterates do not disturb it.
func taskset_iter(v value) (value, *exc) {
	items, err := taskSetOf(v).items()
	if err != nil {
		return value{}, err
	}
	return runtime.Iter(runtime.NewList(items))
}

func taskset_contains(v, x value) (bool, *exc) {
	s := taskSetOf(v)
	if t := nativeTask(x); t != nil {
		i, ok := s.index[taskKey(t)]
		return ok && s.entries[i].Value() == t, nil
	}
	return runtime.Contains(s.others, x)
}
