// This file defines the runtime entry points the _socket module needs:
// interrupting its blocking waits with signals (PEP 475) and giving bare
// socket objects their finalizer.

package runtime

// InterruptChan returns the channel through which signals wake the current
// thread's blocking waits: the main thread's, or nil on other threads
// (signal handlers run only on the main thread). The GIL must be held.
func InterruptChan() chan struct{} { return interruptFor(curThread) }

// RunInterrupt runs the signal handlers queued for the main thread after a
// wait was interrupted (the GIL held); an exception a handler raises ends
// the interrupted call.
func RunInterrupt() *Exception { return runInterrupt() }

// RegisterDel gives v a finalizer that calls its type's __del__ when the
// collector finds it unreachable, as classes defining __del__ get; native
// types whose __del__ releases a resource (a socket) call it from New.
func RegisterDel(v Value) { registerDel(v) }
