// This file defines constant folding, as CPython 3.11's AST optimizer
// (Python/ast_opt.c) does it, with its limits on the size of folded values:
// unary and binary operators on constants, tuples of constants, __debug__,
// and lists or sets of constants after `in` or as a `for` iterable.

package compiler

import (
	"math"
	"math/big"
	"unicode/utf8"

	"krait/syntax"
)

// The limits of ast_opt.c.
const (
	maxIntSize        = 128 // bits
	maxCollectionSize = 256
	maxStrSize        = 4096
)

// fold returns e with constant subexpressions folded; the tree is not
// modified.
func (c *compiler) fold(e syntax.Expr) syntax.Expr {
	switch x := e.(type) {
	case *syntax.Name:
		if x.Id == "__debug__" && x.Ctx == syntax.Load {
			return &syntax.Constant{Pos: x.Pos, Value: c.opts.Optimize == 0}
		}
	case *syntax.UnaryOp:
		o, ok := c.fold(x.Operand).(*syntax.Constant)
		if !ok {
			return e
		}
		if v, ok := foldUnary(x.Op, o.Value); ok {
			return &syntax.Constant{Pos: x.Pos, Value: v}
		}
	case *syntax.BinOp:
		l, ok := c.fold(x.Left).(*syntax.Constant)
		if !ok {
			return e
		}
		if t, isTuple := x.Right.(*syntax.Tuple); isTuple && x.Op == syntax.Modulo && !hasStar(t.Elts) {
			if s, isStr := l.Value.(string); isStr {
				if _, folded := c.fold(t).(*syntax.Constant); !folded {
					if js := optimizeFormat(x, s, t.Elts); js != nil {
						return js
					}
					return e
				}
			}
		}
		r, ok := c.fold(x.Right).(*syntax.Constant)
		if !ok {
			return e
		}
		if v, ok := foldBinary(x.Op, l.Value, r.Value); ok {
			return &syntax.Constant{Pos: x.Pos, Value: v}
		}
	case *syntax.Tuple:
		if x.Ctx != syntax.Load {
			return e
		}
		if t, ok := c.constTuple(x.Elts); ok {
			return &syntax.Constant{Pos: x.Pos, Value: t}
		}
	}
	return e
}

func (c *compiler) constTuple(elts []syntax.Expr) (Tuple, bool) {
	t := make(Tuple, len(elts))
	for i, el := range elts {
		k, ok := c.fold(el).(*syntax.Constant)
		if !ok {
			return nil, false
		}
		t[i] = k.Value
	}
	return t, true
}

// foldIn folds the right operand of `in`/`not in`: a list becomes a tuple,
// a set of constants a frozenset.
func (c *compiler) foldIn(op syntax.Cmpop, e syntax.Expr) syntax.Expr {
	if op != syntax.In && op != syntax.NotIn {
		return e
	}
	return c.foldIter(e)
}

// foldIter folds an iterable (CPython's fold_iter).
func (c *compiler) foldIter(e syntax.Expr) syntax.Expr {
	switch x := e.(type) {
	case *syntax.List:
		if hasStar(x.Elts) {
			return e
		}
		if t, ok := c.constTuple(x.Elts); ok {
			return &syntax.Constant{Pos: x.Pos, Value: t}
		}
		return &syntax.Tuple{Pos: x.Pos, Elts: x.Elts, Ctx: x.Ctx}
	case *syntax.Set:
		if t, ok := c.constTuple(x.Elts); ok {
			return &syntax.Constant{Pos: x.Pos, Value: FrozenSet(t)}
		}
	}
	return e
}

// constTruth returns the truth value of a constant expression.
func constTruth(e syntax.Expr) (bool, bool) {
	k, ok := e.(*syntax.Constant)
	if !ok {
		return false, false
	}
	return truth(k.Value), true
}

func truth(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int64:
		return x != 0
	case *big.Int:
		return x.Sign() != 0
	case float64:
		return x != 0
	case complex128:
		return x != 0
	case string:
		return x != ""
	case syntax.Bytes:
		return x != ""
	case Tuple:
		return len(x) > 0
	case FrozenSet:
		return len(x) > 0
	}
	return true
}

// asInt returns an int or bool constant as a big.Int.
func asInt(v any) (*big.Int, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case int64:
		return big.NewInt(x), true
	case *big.Int:
		return x, true
	}
	return nil, false
}

// intConst normalizes a big.Int result.
func intConst(x *big.Int) any {
	if x.IsInt64() {
		return x.Int64()
	}
	return x
}

func asFloat(v any) (float64, bool) {
	if f, ok := v.(float64); ok {
		return f, true
	}
	if i, ok := asInt(v); ok {
		f, acc := new(big.Float).SetInt(i).Float64()
		if math.IsInf(f, 0) {
			return 0, false
		}
		_ = acc
		return f, true
	}
	return 0, false
}

func foldUnary(op syntax.Unaryop, v any) (any, bool) {
	if op == syntax.Not {
		switch v.(type) {
		case nil, bool, int64, *big.Int, float64, complex128, string, syntax.Bytes, Tuple:
			return !truth(v), true
		}
		return nil, false
	}
	if i, ok := asInt(v); ok {
		switch op {
		case syntax.USub:
			return intConst(new(big.Int).Neg(i)), true
		case syntax.UAdd:
			return intConst(new(big.Int).Set(i)), true
		case syntax.Invert:
			return intConst(new(big.Int).Not(i)), true
		}
	}
	switch x := v.(type) {
	case float64:
		switch op {
		case syntax.USub:
			return -x, true
		case syntax.UAdd:
			return x, true
		}
	case complex128:
		switch op {
		case syntax.USub:
			return -x, true
		case syntax.UAdd:
			return x, true
		}
	}
	return nil, false
}

func foldBinary(op syntax.Operator, l, r any) (any, bool) {
	if lb, ok := l.(bool); ok {
		if rb, ok := r.(bool); ok {
			// bool's own &, | and ^ keep the result a bool.
			switch op {
			case syntax.BitAnd:
				return lb && rb, true
			case syntax.BitOr:
				return lb || rb, true
			case syntax.BitXor:
				return lb != rb, true
			}
		}
	}
	li, lok := asInt(l)
	ri, rok := asInt(r)
	if lok && rok {
		return foldInt(op, li, ri)
	}
	if _, ok := l.(complex128); ok {
		return foldComplex(op, l, r)
	}
	if _, ok := r.(complex128); ok {
		return foldComplex(op, l, r)
	}
	if lf, ok := asFloat(l); ok {
		if rf, ok := asFloat(r); ok {
			_, lisf := l.(float64)
			_, risf := r.(float64)
			if lisf || risf {
				return foldFloat(op, lf, rf)
			}
		}
	}
	return foldSeq(op, l, r)
}

func foldInt(op syntax.Operator, a, b *big.Int) (any, bool) {
	z := new(big.Int)
	switch op {
	case syntax.Add:
		z.Add(a, b)
	case syntax.Sub:
		z.Sub(a, b)
	case syntax.Mult:
		if a.Sign() != 0 && b.Sign() != 0 && a.BitLen()+b.BitLen() > maxIntSize {
			return nil, false
		}
		z.Mul(a, b)
	case syntax.FloorDiv, syntax.Modulo:
		if b.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int))
		// DivMod is Euclidean; Python floors toward negative infinity.
		if m.Sign() != 0 && b.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == syntax.FloorDiv {
			z = q
		} else {
			z = m
		}
	case syntax.Pow:
		if b.Sign() < 0 {
			return nil, false
		}
		if a.Sign() != 0 && b.Sign() > 0 {
			if !b.IsInt64() || int64(a.BitLen()) > maxIntSize/b.Int64() {
				return nil, false
			}
		}
		z.Exp(a, b, nil)
	case syntax.LShift:
		if b.Sign() < 0 || !b.IsInt64() {
			return nil, false
		}
		if a.Sign() != 0 && (b.Int64() > maxIntSize || int64(a.BitLen()) > maxIntSize-b.Int64()) {
			return nil, false
		}
		z.Lsh(a, uint(b.Int64()))
	case syntax.RShift:
		if b.Sign() < 0 {
			return nil, false
		}
		if !b.IsInt64() || b.Int64() > 1<<20 {
			if a.Sign() < 0 {
				return int64(-1), true
			}
			return int64(0), true
		}
		z.Rsh(a, uint(b.Int64()))
	case syntax.BitAnd:
		z.And(a, b)
	case syntax.BitOr:
		z.Or(a, b)
	case syntax.BitXor:
		z.Xor(a, b)
	case syntax.Div:
		if b.Sign() == 0 {
			return nil, false
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return nil, false
		}
		if a.Sign() == 0 && b.Sign() < 0 {
			f = math.Copysign(0, -1) // 0 / -3 is -0.0
		}
		return f, true
	default:
		return nil, false
	}
	return intConst(z), true
}

func foldFloat(op syntax.Operator, a, b float64) (any, bool) {
	var z float64
	switch op {
	case syntax.Add:
		z = a + b
	case syntax.Sub:
		z = a - b
	case syntax.Mult:
		z = a * b
	case syntax.Div:
		if b == 0 {
			return nil, false
		}
		z = a / b
	default:
		return nil, false
	}
	if math.IsInf(z, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		return nil, false
	}
	return z, true
}

func foldComplex(op syntax.Operator, l, r any) (any, bool) {
	toC := func(v any) (complex128, bool) {
		if c, ok := v.(complex128); ok {
			return c, true
		}
		f, ok := asFloat(v)
		return complex(f, 0), ok
	}
	a, ok1 := toC(l)
	b, ok2 := toC(r)
	if !ok1 || !ok2 {
		return nil, false
	}
	// Python adds a real to a complex componentwise, which keeps the sign
	// of a zero imaginary part; Go's complex(f, 0) would turn -0.0 into +0.0.
	switch op {
	case syntax.Add:
		if _, ok := l.(complex128); !ok {
			return complex(real(a)+real(b), imag(b)), true
		}
		if _, ok := r.(complex128); !ok {
			return complex(real(a)+real(b), imag(a)), true
		}
		return a + b, true
	case syntax.Sub:
		if _, ok := l.(complex128); !ok {
			return complex(real(a)-real(b), -imag(b)), true
		}
		if _, ok := r.(complex128); !ok {
			return complex(real(a)-real(b), imag(a)), true
		}
		return a - b, true
	}
	return nil, false
}

func foldSeq(op syntax.Operator, l, r any) (any, bool) {
	switch op {
	case syntax.Add:
		switch a := l.(type) {
		case string:
			if b, ok := r.(string); ok {
				return a + b, true
			}
		case syntax.Bytes:
			if b, ok := r.(syntax.Bytes); ok {
				return a + b, true
			}
		case Tuple:
			if b, ok := r.(Tuple); ok {
				return append(append(Tuple{}, a...), b...), true
			}
		}
	case syntax.Mult:
		n, ok := asInt(r)
		seq := l
		if !ok {
			n, ok = asInt(l)
			seq = r
		}
		if !ok || !n.IsInt64() {
			return nil, false
		}
		k := n.Int64()
		if k < 0 {
			k = 0
		}
		switch s := seq.(type) {
		case string:
			if k > 0 && int64(utf8.RuneCountInString(s)) > maxStrSize/k {
				return nil, false
			}
			return repeat(s, k), true
		case syntax.Bytes:
			if k > 0 && int64(len(s)) > maxStrSize/k {
				return nil, false
			}
			return syntax.Bytes(repeat(string(s), k)), true
		case Tuple:
			if k > 0 && int64(len(s)) > maxCollectionSize/k {
				return nil, false
			}
			out := Tuple{}
			for i := int64(0); i < k; i++ {
				out = append(out, s...)
			}
			return out, true
		}
	}
	return nil, false
}

func repeat(s string, k int64) string {
	out := make([]byte, 0, int64(len(s))*k)
	for i := int64(0); i < k; i++ {
		out = append(out, s...)
	}
	return string(out)
}
