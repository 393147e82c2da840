// This file defines _csv.Dialect: the validated, immutable formatting
// parameters shared by readers and writers.
package csv

import (
	"krait/runtime"
	"slices"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// Quoting styles.
const (
	quoteMinimal = iota
	quoteAll
	quoteNonNumeric
	quoteNone
)

// noChar marks an unset quotechar or escapechar.
const noChar rune = -1

// dialectObject is a _csv.Dialect.
type dialectObject struct {
	runtime.Header
	delimiter, quotechar, escapechar rune
	lineterminator                   string
	quoting                          int
	doublequote, skipinitialspace    bool
	strict                           bool
}

// DialectType is _csv.Dialect.
var DialectType *runtime.Type

var dialectArgs = &runtime.Method{Name: "Dialect", Sig: "dialect=, delimiter=, doublequote=, escapechar=, lineterminator=, quotechar=, quoting=, skipinitialspace=, strict="}

var dialectAttrs = []string{"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"}

func dialectOf(v value) *dialectObject { return runtime.PtrOf[dialectObject](v) }

// charArg converts a one-character parameter; orNone allows None.
func charArg(name string, v value, orNone bool) (rune, *exc) {
	if orNone && v == runtime.None {
		return noChar, nil
	}
	s, ok := v.TryStr()
	if !ok {
		if orNone {
			return 0, runtime.NewTypeError("\"%s\" must be string or None, not %s", name, v.Type().Name)
		}
		return 0, runtime.NewTypeError("\"%s\" must be string, not %s", name, v.Type().Name)
	}
	r := []rune(s.String())
	if len(r) != 1 {
		return 0, runtime.NewTypeError("\"%s\" must be a 1-character string", name)
	}
	return r[0], nil
}

// newDialect builds a Dialect from a base dialect (name, object or null)
// and keyword overrides, as _csv's dialect_new.
func newDialect(t *runtime.Type, a []value) (value, *exc) {
	base := a[0]
	if s, ok := base.TryStr(); ok {
		d, err := getDialect(s)
		if err != nil {
			return runtime.None, err
		}
		base = d
	}
	overrides := false
	for _, v := range a[1:] {
		overrides = overrides || !v.IsNull()
	}
	if !base.IsNull() && !overrides && t == DialectType && base.Type() == DialectType {
		return base, nil
	}
	vals := make([]value, len(dialectAttrs))
	for i, name := range dialectAttrs {
		vals[i] = a[i+1]
		if vals[i].IsNull() && !base.IsNull() {
			v, err := runtime.GetAttrString(base, name)
			if err != nil && !err.Matches(runtime.AttributeErrorType) {
				return runtime.None, err
			}
			if err == nil {
				vals[i] = v
			}
		}
	}
	d := &dialectObject{Header: runtime.HeaderFor(t), delimiter: ',', quotechar: '"', escapechar: noChar,
		lineterminator: "\r\n", doublequote: true}
	if err := d.set(vals); err != nil {
		return runtime.None, err
	}
	return runtime.ValueOf(d), nil
}

// set validates and stores the parameters (null: default).
func (d *dialectObject) set(v []value) *exc {
	var err *exc
	if !v[0].IsNull() {
		if d.delimiter, err = charArg("delimiter", v[0], false); err != nil {
			return err
		}
	}
	if d.doublequote, err = boolArg(v[1], true); err != nil {
		return err
	}
	if !v[2].IsNull() {
		if d.escapechar, err = charArg("escapechar", v[2], true); err != nil {
			return err
		}
	}
	noTerminator := false
	if !v[3].IsNull() {
		s, ok := v[3].TryStr()
		if v[3] != runtime.None && !ok {
			return runtime.NewTypeError("\"lineterminator\" must be a string")
		}
		noTerminator = !ok
		if ok {
			d.lineterminator = s.String()
		}
	}
	if !v[4].IsNull() {
		if d.quotechar, err = charArg("quotechar", v[4], true); err != nil {
			return err
		}
	}
	if !v[5].IsNull() {
		n, ok := runtime.IntOf(v[5])
		if !ok {
			return runtime.NewTypeError("\"quoting\" must be an integer")
		}
		if n < quoteMinimal || n > quoteNone {
			return runtime.NewTypeError("bad \"quoting\" value")
		}
		d.quoting = int(n)
	} else if d.quotechar == noChar {
		d.quoting = quoteNone
	}
	if d.skipinitialspace, err = boolArg(v[6], false); err != nil {
		return err
	}
	if d.strict, err = boolArg(v[7], false); err != nil {
		return err
	}
	if d.quoting != quoteNone && d.quotechar == noChar {
		return runtime.NewTypeError("quotechar must be set if quoting enabled")
	}
	if noTerminator {
		return runtime.NewTypeError("lineterminator must be set")
	}
	return nil
}

func boolArg(v value, def bool) (bool, *exc) {
	if v.IsNull() {
		return def, nil
	}
	return runtime.IsTrue(v)
}

func charValue(r rune) value {
	if r == noChar {
		return runtime.None
	}
	return runtime.StrValue(string(r))
}

var dialectGetSets = []runtime.GetSetDef{
	{Name: "delimiter", Get: func(v value) (value, *exc) { return charValue(dialectOf(v).delimiter), nil }},
	{Name: "doublequote", Get: func(v value) (value, *exc) { return runtime.Bool(dialectOf(v).doublequote), nil }},
	{Name: "escapechar", Get: func(v value) (value, *exc) { return charValue(dialectOf(v).escapechar), nil }},
	{Name: "lineterminator", Get: func(v value) (value, *exc) { return runtime.StrValue(dialectOf(v).lineterminator), nil }},
	{Name: "quotechar", Get: func(v value) (value, *exc) { return charValue(dialectOf(v).quotechar), nil }},
	{Name: "quoting", Get: func(v value) (value, *exc) { return runtime.Int(int64(dialectOf(v).quoting)), nil }},
	{Name: "skipinitialspace", Get: func(v value) (value, *exc) { return runtime.Bool(dialectOf(v).skipinitialspace), nil }},
	{Name: "strict", Get: func(v value) (value, *exc) { return runtime.Bool(dialectOf(v).strict), nil }},
}

func initDialect() {
	DialectType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_csv.Dialect", Flags: runtime.FlagBaseType,
		Doc: "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n", GetSets: dialectGetSets},
		func(t *runtime.Type) {
			t.New = func(t *runtime.Type, args []value, kw []*runtime.Str) (value, *exc) {
				a, err := runtime.BindArgs(dialectArgs, args, kw, nil)
				if err != nil {
					return runtime.None, err
				}
				return newDialect(t, a)
			}
		})
}

// dialectParams spreads a dialect argument and a **kwargs dict into
// newDialect's argument layout, refusing unknown keywords as CPython's
// Dialect call does.
func dialectParams(dialect, kwargs value) ([]value, *exc) {
	a := make([]value, 1+len(dialectAttrs))
	a[0] = dialect
	kw, ok := kwargs.TryDict()
	if !ok {
		return a, nil
	}
	for _, k := range kw.Keys() {
		name, _ := k.TryStr()
		i := slices.Index(dialectAttrs, name.String())
		if i < 0 {
			return nil, runtime.NewTypeError("'%s' is an invalid keyword argument for this function", name.String())
		}
		a[i+1], _, _ = kw.GetItem(k)
	}
	return a, nil
}

// callDialect builds the dialect of a reader or writer from its dialect
// argument and keyword parameters.
func callDialect(dialect, kwargs value) (*dialectObject, *exc) {
	a, err := dialectParams(dialect, kwargs)
	if err != nil {
		return nil, err
	}
	d, err := newDialect(DialectType, a)
	if err != nil {
		return nil, err
	}
	return dialectOf(d), nil
}
