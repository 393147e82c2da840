// This file keeps the registry of running Python threads and defines
// sys._current_frames(), which maps each thread's identifier to its
// innermost frame (faulthandler, debuggers and thread dumps read it).

package runtime

// liveThreads are the threads started by StartThread that have not ended,
// guarded by threadsMu.
var liveThreads = map[*Thread]struct{}{}

func registerThread(th *Thread) {
	threadsMu.Lock()
	liveThreads[th] = struct{}{}
	threadsMu.Unlock()
}

func unregisterThread(th *Thread) {
	threadsMu.Lock()
	delete(liveThreads, th)
	threadsMu.Unlock()
}

// excInfoTuple is sys.exc_info() of thread th.
func excInfoTuple(th *Thread) Value {
	e := th.topHandled()
	if e == nil {
		return TupleValue(None, None, None)
	}
	tb := None
	if e.Traceback != nil {
		tb = ValueOf(e.Traceback)
	}
	return TupleValue(e.typ.Value(), e.Value(), tb)
}

// sys_current_exceptions is sys._current_exceptions(): each thread's
// exc_info() triple, as 3.11 reports it.
func sys_current_exceptions(self Value, a []Value) (Value, *Exception) {
	d := NewDict()
	if err := d.SetItem(Int(mainThread.ident), excInfoTuple(mainThread)); err != nil {
		return Value{}, err
	}
	for _, th := range otherThreads() {
		if err := d.SetItem(Int(th.ident), excInfoTuple(th)); err != nil {
			return Value{}, err
		}
	}
	return d.Value(), nil
}

func otherThreads() []*Thread {
	threadsMu.Lock()
	defer threadsMu.Unlock()
	threads := make([]*Thread, 0, len(liveThreads))
	for th := range liveThreads {
		threads = append(threads, th)
	}
	return threads
}

// sys_current_frames is sys._current_frames(). The caller holds the GIL, so
// the other threads are waiting for it (or blocked outside the interpreter)
// and their frame chains do not change while they are read.
func sys_current_frames(self Value, a []Value) (Value, *Exception) {
	d := NewDict()
	add := func(th *Thread) *Exception {
		if th.cur == nil {
			return nil
		}
		return d.SetItem(Int(th.ident), ValueOf(frameObject(th.cur)))
	}
	if err := add(mainThread); err != nil {
		return Value{}, err
	}
	for _, th := range otherThreads() {
		if err := add(th); err != nil {
			return Value{}, err
		}
	}
	return d.Value(), nil
}
