// This file defines weakref.ProxyType and weakref.CallableProxyType: weak
// references that forward attribute access and operators to their object
// and raise ReferenceError once it died.

package weakref

import (
	"fmt"

	kr "krait/runtime"
)

// ProxyType and CallableProxyType are the types of weakref.proxy(obj):
// callable when obj is.
var ProxyType, CallableProxyType *kr.Type

var proxyMethods = []kr.Method{
	{Name: "__bytes__", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return proxyForward(self, "__bytes__")
	}},
	{Name: "__reversed__", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return proxyForward(self, "__reversed__")
	}},
}

func init() {
	ProxyType = kr.NewNativeType(&kr.TypeSpec{Name: "weakref.ProxyType", Methods: proxyMethods}, setupProxy)
	CallableProxyType = kr.NewNativeType(&kr.TypeSpec{Name: "weakref.CallableProxyType", Methods: proxyMethods},
		func(t *kr.Type) {
			setupProxy(t)
			t.Call = proxy_call
		})
	for _, t := range []*kr.Type{ProxyType, CallableProxyType} {
		t.Hash = nil // unhashable, as CPython's proxies
		t.SetStaticAttr("__hash__", kr.None)
	}
}

// referenceError is the error of using a proxy whose object died.
func referenceError() *kr.Exception {
	return kr.NewExceptionMsg(kr.BuiltinExceptionType("ReferenceError"), "weakly-referenced object no longer exists")
}

// isProxy reports whether v is a weak proxy.
func isProxy(v kr.Value) bool { t := v.Type(); return t == ProxyType || t == CallableProxyType }

// unwrap returns the object behind a proxy (v itself when v is not one).
func unwrap(v kr.Value) (kr.Value, *kr.Exception) {
	if !isProxy(v) {
		return v, nil
	}
	ob := asRef(v).get()
	if ob.IsNull() {
		return kr.Value{}, referenceError()
	}
	return ob, nil
}

// proxyForward calls the method name of the proxy's object.
func proxyForward(self kr.Value, name string) (kr.Value, *kr.Exception) {
	ob, err := unwrap(self)
	if err != nil {
		return kr.Value{}, err
	}
	m, err := kr.GetAttrString(ob, name)
	if err != nil {
		return kr.Value{}, err
	}
	return kr.Call(m, nil, nil)
}

func setupProxy(t *kr.Type) {
	t.New = func(tp *kr.Type, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
		return kr.Value{}, kr.NewTypeError("cannot create '%s' instances", tp.Name)
	}
	t.GetAttr = func(v kr.Value, name *kr.Str) (kr.Value, *kr.Exception) {
		ob, err := unwrap(v)
		if err != nil {
			return kr.Value{}, err
		}
		return kr.GetAttr(ob, name)
	}
	t.SetAttr = func(v kr.Value, name *kr.Str, val kr.Value) *kr.Exception {
		ob, err := unwrap(v)
		if err != nil {
			return err
		}
		return kr.SetAttr(ob, name, val)
	}
	t.Repr = proxy_repr
	t.Str = func(v kr.Value) (kr.Value, *kr.Exception) {
		ob, err := unwrap(v)
		if err != nil {
			return kr.Value{}, err
		}
		s, err := kr.StrOf(ob)
		if err != nil {
			return kr.Value{}, err
		}
		return kr.ValueOf(s), nil
	}
	t.RichCompare = func(v, w kr.Value, op kr.CompareOp) (kr.Value, *kr.Exception) {
		a, err := unwrap(v)
		if err != nil {
			return kr.Value{}, err
		}
		b, err := unwrap(w)
		if err != nil {
			return kr.Value{}, err
		}
		return kr.RichCompare(a, b, op)
	}
	for op := kr.BinOp(0); op < kr.NbCount; op++ {
		op := op
		t.Number[op] = func(a, b kr.Value) (kr.Value, *kr.Exception) { return proxyBinary(a, b, op) }
		t.Inplace[op] = func(a, b kr.Value) (kr.Value, *kr.Exception) { return proxyBinary(a, b, op+kr.NbInplace) }
	}
	t.Neg = proxyUnary(func(t *kr.Type) kr.UnaryFunc { return t.Neg }, "unary -")
	t.Pos = proxyUnary(func(t *kr.Type) kr.UnaryFunc { return t.Pos }, "unary +")
	t.Invert = proxyUnary(func(t *kr.Type) kr.UnaryFunc { return t.Invert }, "unary ~")
	t.Abs = proxyUnary(func(t *kr.Type) kr.UnaryFunc { return t.Abs }, "abs()")
	t.Index = proxyUnary(func(t *kr.Type) kr.UnaryFunc { return t.Index }, "index")
	t.Int = proxyUnary(func(t *kr.Type) kr.UnaryFunc { return t.Int }, "int()")
	t.Float = proxyUnary(func(t *kr.Type) kr.UnaryFunc { return t.Float }, "float()")
	t.Iter = func(v kr.Value) (kr.Value, *kr.Exception) {
		ob, err := unwrap(v)
		if err != nil {
			return kr.Value{}, err
		}
		return kr.Iter(ob)
	}
	t.Next = proxy_next
	t.Bool = func(v kr.Value) (bool, *kr.Exception) {
		ob, err := unwrap(v)
		if err != nil {
			return false, err
		}
		return kr.IsTrue(ob)
	}
	t.Len = func(v kr.Value) (int, *kr.Exception) {
		ob, err := unwrap(v)
		if err != nil {
			return 0, err
		}
		return kr.Len(ob)
	}
	t.GetItem = func(v, key kr.Value) (kr.Value, *kr.Exception) {
		ob, err := unwrap(v)
		if err != nil {
			return kr.Value{}, err
		}
		return kr.GetItem(ob, key)
	}
	t.SetItem = func(v, key, val kr.Value) *kr.Exception {
		ob, err := unwrap(v)
		if err != nil {
			return err
		}
		return kr.SetItem(ob, key, val)
	}
	t.Contains = func(v, x kr.Value) (bool, *kr.Exception) {
		ob, err := unwrap(v)
		if err != nil {
			return false, err
		}
		return kr.Contains(ob, x)
	}
}

func proxyBinary(a, b kr.Value, op kr.BinOp) (kr.Value, *kr.Exception) {
	x, err := unwrap(a)
	if err != nil {
		return kr.Value{}, err
	}
	y, err := unwrap(b)
	if err != nil {
		return kr.Value{}, err
	}
	return kr.BinaryOp(x, y, op)
}

// proxyUnary forwards a unary slot to the object.
func proxyUnary(slot func(t *kr.Type) kr.UnaryFunc, what string) kr.UnaryFunc {
	return func(v kr.Value) (kr.Value, *kr.Exception) {
		ob, err := unwrap(v)
		if err != nil {
			return kr.Value{}, err
		}
		f := slot(ob.Type())
		if f == nil {
			return kr.Value{}, kr.NewTypeError("bad operand type for %s: '%s'", what, ob.Type().Name)
		}
		return f(ob)
	}
}

func proxy_next(v kr.Value) (kr.Value, *kr.Exception) {
	ob, err := unwrap(v)
	if err != nil {
		return kr.Value{}, err
	}
	if ob.Type().Next == nil {
		return kr.Value{}, kr.NewTypeError("Weakref proxy referenced a non-iterator '%s' object", ob.Type().Name)
	}
	return kr.Next(ob)
}

func proxy_call(callable kr.Value, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
	ob, err := unwrap(callable)
	if err != nil {
		return kr.Value{}, err
	}
	return kr.Call(ob, args, kwnames)
}

func proxy_repr(v kr.Value) (kr.Value, *kr.Exception) {
	ob := asRef(v).get()
	if ob.IsNull() {
		ob = kr.None
	}
	return kr.StrValue(fmt.Sprintf("<weakproxy at %#x to %s at %#x>", v.Ptr(), ob.Type().Name, ob.Ptr())), nil
}

// newProxy returns weakref.proxy(ob, callback).
func newProxy(ob, callback kr.Value) (kr.Value, *kr.Exception) {
	t := ProxyType
	if ob.Type().Call != nil {
		t = CallableProxyType
	}
	return newRef(t, ob, callback, true)
}
