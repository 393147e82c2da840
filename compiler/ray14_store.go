// This file holds the assignment shapes whose value can be stored straight
// from a local's register (session 14, ray14).

package compiler

import "krait/syntax"

// storeOperands returns the expressions that storing to t evaluates after
// the assigned value, when t is an attribute or subscript target: an
// assignment `t = name` may then pass the local's register to STORE_ATTR
// or SET_ITEM, since evaluating them cannot rebind the local unless they
// contain a := (exprSafe copies it then). A function call among them
// cannot rebind a fast local either: a local some other code can assign
// is a cell. Other targets (names, unpacking) report false.
func storeOperands(t syntax.Expr) ([]syntax.Expr, bool) {
	switch t := t.(type) {
	case *syntax.Attribute:
		return []syntax.Expr{t.Value}, true
	case *syntax.Subscript:
		return []syntax.Expr{t.Value, t.Slice}, true
	}
	return nil, false
}
