// Package queue implements _queue: SimpleQueue, the unbounded reentrant
// FIFO that queue.py prefers to its pure-Python fallback, and Empty.
package queue

import (
	"math"
	"time"

	"krait/modules/thread"
	"krait/runtime"
)

// Module is the _queue module definition.
var Module = &runtime.ModuleDef{
	Name: "_queue",
	Doc:  "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.",
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("SimpleQueue", simpleQueueType().Value())
		m.SetAttr("Empty", emptyType().Value())
		return nil
	},
}

var (
	sqType *runtime.Type
)

// SimpleQueue holds its items in a slice guarded by the GIL. wake is a
// one-slot channel kept full while no wakeup is pending, so that a getter
// waits with runtime.AcquireChan (which fills the slot, releasing the
// GIL meanwhile) and put drains it to wake one getter.
type SimpleQueue struct {
	runtime.Header
	attrs *runtime.Attrs
	items []runtime.Value
	head  int
	wake  chan struct{}
}

func simpleQueueType() *runtime.Type {
	if sqType == nil {
		sqType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_queue.SimpleQueue", Flags: runtime.FlagBaseType,
			Doc: "Simple, unbounded, reentrant FIFO queue.", Methods: sqMethods}, func(t *runtime.Type) {
			t.New = simplequeue_new
			t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return runtime.PtrOf[SimpleQueue](v).attrs }
		})
	}
	return sqType
}

var emptyType = runtime.LazyExceptionClass("_queue", "Empty", "Exception raised by Queue.get(block=0)/get_nowait().", runtime.ExceptionType)

var sqMethods = []runtime.Method{
	{Name: "put", Sig: "item, block=, timeout=", Fn: simplequeue_put,
		Doc: "Put the item on the queue.\n\nThe optional 'block' and 'timeout' arguments are ignored, as this method\nnever blocks.  They are provided for compatibility with the Queue class."},
	{Name: "put_nowait", Sig: "item", Fn: simplequeue_put,
		Doc: "Put an item into the queue without blocking.\n\nThis is exactly equivalent to `put(item, block=False)` and is only provided\nfor compatibility with the Queue class."},
	{Name: "get", Sig: "block=, timeout=", Fn: simplequeue_get,
		Doc: "Remove and return an item from the queue.\n\nIf optional args 'block' is true and 'timeout' is None (the default),\nblock if necessary until an item is available. If 'timeout' is\na non-negative number, it blocks at most 'timeout' seconds and raises\nthe Empty exception if no item was available within that time.\nOtherwise ('block' is false), return an item if one is immediately\navailable, else raise the Empty exception ('timeout' is ignored\nin that case)."},
	{Name: "get_nowait", Flags: runtime.MethNoArgs, Fn: simplequeue_get_nowait,
		Doc: "Remove and return an item from the queue without blocking.\n\nOnly get an item if one is immediately available. Otherwise\nraise the Empty exception."},
	{Name: "empty", Flags: runtime.MethNoArgs, Fn: simplequeue_empty,
		Doc: "Return True if the queue is empty, False otherwise (not reliable!)."},
	{Name: "qsize", Flags: runtime.MethNoArgs, Fn: simplequeue_qsize,
		Doc: "Return the approximate size of the queue (not reliable!)."},
	{Name: "__class_getitem__", Fn: runtime.ClassGetItem, Sig: "item, /", Flags: runtime.MethO | runtime.MethClass,
		Doc: "See PEP 585"},
}

func simplequeue_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if t == sqType {
		if len(args) > len(kw) {
			return runtime.Value{}, runtime.NewTypeError("SimpleQueue() takes no positional arguments")
		}
		if len(kw) > 0 {
			return runtime.Value{}, runtime.NewTypeError("SimpleQueue() takes no keyword arguments")
		}
	}
	q := &SimpleQueue{Header: runtime.HeaderFor(t), wake: make(chan struct{}, 1)}
	q.wake <- struct{}{}
	if t.Flags&runtime.FlagHeapType != 0 {
		q.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(q), nil
}

func (q *SimpleQueue) size() int { return len(q.items) - q.head }

// signal wakes one waiting getter, if any waits.
func (q *SimpleQueue) signal() {
	select {
	case <-q.wake:
	default:
	}
}

func simplequeue_put(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	q := runtime.PtrOf[SimpleQueue](self)
	q.items = append(q.items, a[0])
	q.signal()
	return runtime.None, nil
}

// pop removes the first item; the caller checked that there is one.
func (q *SimpleQueue) pop() runtime.Value {
	v := q.items[q.head]
	q.items[q.head] = runtime.Value{}
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 64 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	if q.size() > 0 {
		// Another getter may wait while items remain: pass the wakeup on.
		q.signal()
	}
	return v
}

func simplequeue_get(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	q := runtime.PtrOf[SimpleQueue](self)
	block := true
	if !a[0].IsNull() {
		b, err := runtime.IsTrue(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		block = b
	}
	wait := time.Duration(-1)
	if block && !a[1].IsNull() && !a[1].IsNone() {
		secs, err := thread.SecondsArg(a[1])
		if err != nil {
			return runtime.Value{}, err
		}
		if secs < 0 {
			return runtime.Value{}, runtime.NewValueError("'timeout' must be a non-negative number")
		}
		wait = time.Duration(math.Ceil(secs * 1e9))
	}
	if !block {
		wait = 0
	}
	return q.get(wait)
}

// get returns the first item, waiting up to wait (forever when negative)
// with the GIL released.
func (q *SimpleQueue) get(wait time.Duration) (runtime.Value, *runtime.Exception) {
	deadline := time.Now().Add(wait)
	for q.size() == 0 {
		left := time.Duration(-1)
		if wait >= 0 {
			if left = time.Until(deadline); left <= 0 {
				return runtime.Value{}, runtime.NewException(emptyType())
			}
		}
		if _, err := runtime.AcquireChan(q.wake, left); err != nil {
			return runtime.Value{}, err
		}
	}
	return q.pop(), nil
}

func simplequeue_get_nowait(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.PtrOf[SimpleQueue](self).get(0)
}

func simplequeue_empty(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Bool(runtime.PtrOf[SimpleQueue](self).size() == 0), nil
}

func simplequeue_qsize(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Int(int64(runtime.PtrOf[SimpleQueue](self).size())), nil
}
