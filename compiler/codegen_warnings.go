// This file defines the SyntaxWarnings of CPython 3.11's code generator
// (compile.c's compiler_warn): an assert of a non-empty tuple, "is" with a
// literal, and calling or subscripting a display or constant that cannot
// support it ("perhaps you missed a comma?"). CheckCodegen's walk finds
// them in the generator's order, at its current location.

package compiler

import (
	"fmt"
	"math/big"

	"krait/syntax"
)

// warn records a SyntaxWarning at the current location, with the
// SyntaxError that replaces it when warnings are errors.
func (c *checker) warn(format string, args ...any) {
	if c.opts.Warnings == nil {
		return
	}
	msg := fmt.Sprintf(format, args...)
	l := c.u.loc
	err := &syntax.SyntaxError{Msg: msg, Filename: c.st.Filename, Lineno: l.Lineno,
		Offset: l.ColOffset + 1, EndLineno: l.EndLineno, EndOffset: l.EndColOffset + 1}
	*c.opts.Warnings = append(*c.opts.Warnings, syntax.Warning{Category: "SyntaxWarning", Msg: msg,
		Lineno: l.Lineno, Col: l.ColOffset, Err: err})
}

// folded is e after the AST optimizer's constant folding, which CPython
// runs before these checks.
func (c *checker) folded(e syntax.Expr) syntax.Expr {
	f := compiler{opts: Options{Optimize: c.opts.Optimize}}
	return f.fold(e)
}

// checkAssert is compiler_assert's warning.
func (c *checker) checkAssert(test syntax.Expr) {
	if t, ok := test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
		c.warn("assertion is always true, perhaps remove parentheses?")
	} else if k, ok := test.(*syntax.Constant); ok {
		if t, ok := k.Value.(Tuple); ok && len(t) > 0 {
			c.warn("assertion is always true, perhaps remove parentheses?")
		}
	}
}

// isArgOK is check_is_arg: whether e may be an operand of "is".
func (c *checker) isArgOK(e syntax.Expr) bool {
	k, ok := c.folded(e).(*syntax.Constant)
	if !ok {
		return true
	}
	switch k.Value.(type) {
	case nil, bool, syntax.Ellipsis:
		return true
	}
	return false
}

// checkCompare is check_compare.
func (c *checker) checkCompare(e *syntax.Compare) {
	left := c.isArgOK(e.Left)
	for i, op := range e.Ops {
		right := c.isArgOK(e.Comparators[i])
		if (op == syntax.Is || op == syntax.IsNot) && (!left || !right) {
			if op == syntax.Is {
				c.warn("\"is\" with a literal. Did you mean \"==\"?")
			} else {
				c.warn("\"is not\" with a literal. Did you mean \"!=\"?")
			}
			return
		}
		left = right
	}
}

// checkCaller is check_caller.
func (c *checker) checkCaller(fn syntax.Expr) {
	fn = c.folded(fn)
	switch fn.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp,
		*syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.JoinedStr, *syntax.FormattedValue:
		c.warn("'%s' object is not callable; perhaps you missed a comma?", inferType(fn))
	}
}

// checkSubscript is check_subscripter and check_index for a load of
// value[index].
func (c *checker) checkSubscript(value, index syntax.Expr) {
	value = c.folded(value)
	switch v := value.(type) {
	case *syntax.Constant:
		switch v.Value.(type) {
		case nil, syntax.Ellipsis, bool, int64, *big.Int, float64, complex128, FrozenSet:
			c.warn("'%s' object is not subscriptable; perhaps you missed a comma?", inferType(value))
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
		c.warn("'%s' object is not subscriptable; perhaps you missed a comma?", inferType(value))
		return
	}
	it := inferType(c.folded(index))
	if it == "" || it == "int" || it == "bool" {
		return
	}
	switch v := value.(type) {
	case *syntax.Constant:
		switch v.Value.(type) {
		case string, syntax.Bytes, Tuple:
		default:
			return
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		return
	}
	c.warn("%s indices must be integers or slices, not %s; perhaps you missed a comma?", inferType(value), it)
}

// inferType is infer_type: the name of e's type when the tree alone tells
// it, else "".
func inferType(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	case *syntax.Constant:
		return constTypeName(e.Value)
	}
	return ""
}

func constTypeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case syntax.Bytes:
		return "bytes"
	case syntax.Ellipsis:
		return "ellipsis"
	case Tuple:
		return "tuple"
	case FrozenSet:
		return "frozenset"
	}
	return ""
}
