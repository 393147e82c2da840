// This file defines the pattern part of validate (CPython's
// validate_pattern).

package ast

import (
	"math/big"

	"krait/syntax"
)

func (v *validator) capture(name string) bool {
	if name == "_" {
		return v.fail("can't capture name '_' in patterns")
	}
	return v.name(name)
}

func (v *validator) patterns(ps []syntax.Pattern, starOK bool) bool {
	for _, p := range ps {
		if p == nil {
			return v.fail("None disallowed in pattern list")
		}
		if !v.pattern(p, starOK) {
			return false
		}
	}
	return true
}

// matchValue checks a MatchValue's or MatchMapping key's expression.
func (v *validator) matchValue(e syntax.Expr) bool {
	if !v.expr(e, syntax.Load) {
		return false
	}
	switch e := e.(type) {
	case *syntax.Constant:
		// Ellipsis and tuples are not literals; None, True and False
		// belong in MatchSingleton.
		switch e.Value.(type) {
		case int64, *big.Int, float64, complex128, string, syntax.Bytes:
			return true
		}
		return v.fail("unexpected constant inside of a literal pattern")
	case *syntax.Attribute, *syntax.UnaryOp, *syntax.BinOp, *syntax.JoinedStr:
		return true
	}
	return v.fail("patterns may only match literals and attribute lookups")
}

func classRef(e syntax.Expr) bool {
	for {
		switch x := e.(type) {
		case *syntax.Name:
			return true
		case *syntax.Attribute:
			e = x.Value
		default:
			return false
		}
	}
}

func (v *validator) pattern(p syntax.Pattern, starOK bool) bool {
	if !v.positions(p.GetPos()) {
		return false
	}
	switch p := p.(type) {
	case *syntax.MatchValue:
		return v.matchValue(p.Value)
	case *syntax.MatchSingleton:
		switch p.Value.(type) {
		case nil, bool:
			return true
		}
		return v.fail("MatchSingleton can only contain True, False and None")
	case *syntax.MatchSequence:
		return v.patterns(p.Patterns, true)
	case *syntax.MatchMapping:
		if len(p.Keys) != len(p.Patterns) {
			return v.fail("MatchMapping doesn't have the same number of keys as patterns")
		}
		if p.Rest != "" && !v.capture(p.Rest) {
			return false
		}
		for _, k := range p.Keys {
			if k == nil {
				return v.fail("None disallowed in expression list")
			}
			if !v.matchValue(k) {
				return false
			}
		}
		return v.patterns(p.Patterns, false)
	case *syntax.MatchClass:
		if !v.expr(p.Cls, syntax.Load) {
			return false
		}
		if !classRef(p.Cls) {
			return v.fail("MatchClass cls field can only contain Name or Attribute nodes.")
		}
		if len(p.KwdAttrs) != len(p.KwdPatterns) {
			return v.fail("MatchClass doesn't have the same number of keyword attributes as patterns")
		}
		for _, a := range p.KwdAttrs {
			if !v.name(a) {
				return false
			}
		}
		return v.patterns(p.Patterns, false) && v.patterns(p.KwdPatterns, false)
	case *syntax.MatchStar:
		if !starOK {
			return v.fail("can't use MatchStar here")
		}
		return p.Name == "" || v.capture(p.Name)
	case *syntax.MatchAs:
		if p.Name != "" && !v.capture(p.Name) {
			return false
		}
		if p.Pattern == nil {
			return true
		}
		if p.Name == "" {
			return v.fail("MatchAs must specify a target name if a pattern is given")
		}
		return v.pattern(p.Pattern, false)
	case *syntax.MatchOr:
		if len(p.Patterns) < 2 {
			return v.fail("MatchOr requires at least 2 patterns")
		}
		return v.patterns(p.Patterns, false)
	}
	return true
}
