// Package opcode is CPython 3.11's _opcode module, which Lib/opcode.py and
// dis import for stack_effect; the stack effects are those of the CPython
// view of code objects (compiler/cpyview).
package opcode

import (
	"krait/compiler/cpyview"
	"krait/runtime"
)

// Module is the _opcode module.
var Module = &runtime.ModuleDef{
	Name: "_opcode",
	Doc:  "Opcode support module.",
	Methods: []runtime.Method{
		runtime.ClinicMethod("stack_effect", "opcode, oparg=, /, *, jump=", opcode_stack_effect),
		{Name: "get_specialization_stats", Flags: runtime.MethNoArgs, Fn: opcode_get_specialization_stats},
	},
}

// opcode_stack_effect is stack_effect(opcode, oparg=None, /, *, jump=None),
// with Argument Clinic's argument errors (ClinicMethod).
func opcode_stack_effect(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	op, err := runtime.CIntConverter(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	oparg := 0
	hasOparg := !a[1].IsNull() && !a[1].IsNone()
	if op >= cpyview.HaveArgument {
		if !hasOparg {
			return runtime.Value{}, runtime.NewValueError("stack_effect: opcode requires oparg but oparg was not specified")
		}
		if oparg, err = runtime.CIntConverter(a[1]); err != nil {
			return runtime.Value{}, err
		}
	} else if hasOparg {
		return runtime.Value{}, runtime.NewValueError("stack_effect: opcode does not permit oparg but oparg was specified")
	}
	jump := -1
	switch j := a[2]; {
	case j.IsNull() || j.IsNone():
	case j == runtime.True:
		jump = 1
	case j == runtime.False:
		jump = 0
	default:
		return runtime.Value{}, runtime.NewValueError("stack_effect: jump must be False, True or None")
	}
	effect, ok := cpyview.StackEffect(op, oparg, jump)
	if !ok {
		return runtime.Value{}, runtime.NewValueError("invalid opcode or oparg")
	}
	return runtime.Int(int64(effect)), nil
}

// opcode_get_specialization_stats is None, as in a CPython built without
// specialization statistics.
func opcode_get_specialization_stats(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.None, nil
}
