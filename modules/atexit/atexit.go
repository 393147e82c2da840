// Package atexit is CPython's atexit module over the runtime's registry of
// exit callbacks, which runtime.Finalize runs at interpreter exit.
package atexit

import (
	kr "krait/runtime"
)

// Module is the atexit module.
var Module = &kr.ModuleDef{Name: "atexit", Doc: "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n",
	Methods: []kr.Method{
		{Name: "register", Sig: "func, *args, **kwargs", Fn: atexit_register},
		{Name: "unregister", Sig: "func, /", Flags: kr.MethO, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			if err := kr.UnregisterExitFunc(a[0]); err != nil {
				return kr.Value{}, err
			}
			return kr.None, nil
		}},
		{Name: "_run_exitfuncs", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			kr.RunExitFuncs()
			return kr.None, nil
		}},
		{Name: "_clear", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			kr.ClearExitFuncs()
			return kr.None, nil
		}},
		{Name: "_ncallbacks", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			return kr.Int(int64(kr.NumExitFuncs())), nil
		}},
	}}

// atexit_register is register(func, *args, **kwargs): it returns func so
// that it can be used as a decorator.
func atexit_register(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	fn := a[0]
	if fn.Type().Call == nil {
		return kr.Value{}, kr.NewTypeError("the first argument must be callable")
	}
	var args []kr.Value
	if t, ok := a[1].TryTuple(); ok {
		args = append(args, t.Items()...)
	}
	var kwnames []*kr.Str
	if d, ok := a[2].TryDict(); ok {
		for pos := 0; ; {
			k, v, ok := d.Next(&pos)
			if !ok {
				break
			}
			kwnames = append(kwnames, k.AsStr())
			args = append(args, v)
		}
	}
	kr.RegisterExitFunc(fn, args, kwnames)
	return fn, nil
}
