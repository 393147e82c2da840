// Package tracemalloc implements _tracemalloc as a module that is never
// tracing: Go's allocator has no per-object hooks, so start() refuses
// with a RuntimeError rather than pretend, and every query answers as
// CPython's does while tracing is off. It exists so that tracemalloc
// imports, as warnings' display of a source object needs ("Enable
// tracemalloc to get the object allocation traceback").
package tracemalloc

import rt "krait/runtime"

// Module is the _tracemalloc module definition.
var Module = &rt.ModuleDef{
	Name: "_tracemalloc",
	Doc:  "Debug module to trace memory blocks allocated by Python.",
	Methods: []rt.Method{
		{Name: "_get_object_traceback", Sig: "obj, /", Flags: rt.MethO, Fn: none},
		{Name: "_get_traces", Sig: "", Flags: rt.MethNoArgs, Fn: getTraces},
		{Name: "clear_traces", Sig: "", Flags: rt.MethNoArgs, Fn: none},
		{Name: "get_traceback_limit", Sig: "", Flags: rt.MethNoArgs, Fn: getTracebackLimit},
		{Name: "get_traced_memory", Sig: "", Flags: rt.MethNoArgs, Fn: getTracedMemory},
		{Name: "get_tracemalloc_memory", Sig: "", Flags: rt.MethNoArgs, Fn: zero},
		{Name: "is_tracing", Sig: "", Flags: rt.MethNoArgs, Fn: isTracing},
		{Name: "reset_peak", Sig: "", Flags: rt.MethNoArgs, Fn: none},
		{Name: "start", Sig: "nframe=, /", Fn: start},
		{Name: "stop", Sig: "", Flags: rt.MethNoArgs, Fn: stop},
	},
}

func none(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) { return rt.None, nil }

func zero(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) { return rt.Int(0), nil }

func getTraces(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	return rt.NewList(nil), nil
}

func getTracebackLimit(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	return rt.Int(1), nil
}

func getTracedMemory(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	return rt.TupleValue(rt.Int(0), rt.Int(0)), nil
}

func isTracing(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	return rt.False, nil
}

// start is start(nframe=1, /): it validates nframe as CPython does.
func start(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	n := int64(1)
	if !a[0].IsNull() {
		var err *rt.Exception
		if n, err = rt.IndexInt(a[0], ""); err != nil {
			return rt.Value{}, err
		}
	}
	if n < 1 || n > 65535 {
		return rt.Value{}, rt.NewValueError("the number of frames must be in range [1; 65535]")
	}
	return rt.Value{}, rt.NewRuntimeError("tracemalloc cannot trace memory allocations on Krait (Go's allocator has no per-object hooks)")
}

func stop(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) { return rt.None, nil }
