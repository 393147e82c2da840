// This file defines functools.KeyWrapper, the class of the objects
// cmp_to_key returns: calling one wraps a value in a new KeyWrapper whose
// rich comparisons call the old-style cmp function.

package functools

import "krait/runtime"

// keyObject is a functools.KeyWrapper: cmp is the comparison function and
// obj the wrapped value (null for the factory cmp_to_key returned).
type keyObject struct {
	runtime.Header
	cmp runtime.Value
	obj runtime.Value
}

// KeyWrapperType is functools.KeyWrapper.
var KeyWrapperType *runtime.Type

func initKeyWrapperType() {
	KeyWrapperType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "functools.KeyWrapper",
		GetSets: []runtime.GetSetDef{{Name: "obj", Get: keyobject_get_obj, Set: func(v, x runtime.Value) *runtime.Exception {
			runtime.PtrOf[keyObject](v).obj = x
			return nil
		}}},
	}, func(t *runtime.Type) {
		t.New = cannotCreate
		t.Call = keyobject_call
		t.RichCompare = keyobject_richcompare
	})
	KeyWrapperType.Dict().SetStr(runtime.Intern("__hash__"), runtime.None)
	KeyWrapperType.Hash = nil
}

// cannotCreate is the New slot of types Python code may not instantiate:
// without it a native type would inherit object's and get an object of
// the wrong layout.
func cannotCreate(t *runtime.Type, _ []runtime.Value, _ []*runtime.Str) (runtime.Value, *runtime.Exception) {
	return runtime.Value{}, runtime.NewTypeError("cannot create '%s' instances", t.Name)
}

func keyobject_get_obj(v runtime.Value) (runtime.Value, *runtime.Exception) {
	k := runtime.PtrOf[keyObject](v)
	if k.obj.IsNull() {
		return runtime.None, nil
	}
	return k.obj, nil
}

var keyCallMethod = runtime.Method{Name: "K", Sig: "obj"}

func keyobject_call(callable runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := keyCallMethod.BindClinic(args, kwnames, "K")
	if err != nil {
		return runtime.Value{}, err
	}
	k := runtime.PtrOf[keyObject](callable)
	return runtime.ValueOf(&keyObject{Header: runtime.HeaderFor(KeyWrapperType), cmp: k.cmp, obj: a[0]}), nil
}

func keyobject_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if w.Type() != v.Type() {
		return runtime.Value{}, runtime.NewTypeError("other argument must be K instance")
	}
	a, b := runtime.PtrOf[keyObject](v), runtime.PtrOf[keyObject](w)
	if a.obj.IsNull() || b.obj.IsNull() {
		return runtime.Value{}, runtime.NewAttributeError("object")
	}
	res, err := runtime.Call(a.cmp, []runtime.Value{a.obj, b.obj}, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.RichCompare(res, runtime.Int(0), op)
}

func functools_cmp_to_key(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(&keyObject{Header: runtime.HeaderFor(KeyWrapperType), cmp: a[0]}), nil
}
