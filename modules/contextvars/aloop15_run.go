// This file defines the vectorcall entry of Context.run: the event loop
// calls it once per callback it runs (events.Handle._run), and binding
// "*args, **kwargs" built a tuple and a copy of the arguments per call.

package contextvars

import "krait/runtime"

// context_run_vec is Context.run(callable, /, *args, **kwargs) with the
// call's arguments unbound: it forwards them to callable as they came.
func context_run_vec(self runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if len(args)-len(kwnames) < 1 {
		return runtime.Value{}, runtime.NewTypeError("run() missing 1 required positional argument")
	}
	c := contextOf(self)
	if err := c.enter(); err != nil {
		return runtime.Value{}, err
	}
	r, err := runtime.Call(args[0], args[1:], kwnames)
	c.exit()
	return r, err
}
