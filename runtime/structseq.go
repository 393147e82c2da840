// This file defines struct sequences (CPython's structseq): named tuples
// written in Go such as sys.flags, sys.version_info, os.stat_result and
// time.struct_time. The first NSeq fields are the tuple's items; the rest
// are reachable only as attributes.

package runtime

import "strings"

// StructSeqSpec declares a struct-sequence type.
type StructSeqSpec struct {
	Name   string   // tp_name, e.g. "os.stat_result"
	Doc    string   //
	Fields []string // every field in order; "" marks an unnamed (index-only) field
	NSeq   int      // how many leading fields are tuple items
	NoNew  bool     // Python code may not create instances ("cannot create 'sys.flags' instances")
}

type structSeq struct {
	Tuple
	extra []Value // fields NSeq.. (attributes only)
}

type structSeqInfo struct {
	spec  *StructSeqSpec
	named []int // indexes of the named fields, in order
}

var structSeqInfos = map[*Type]*structSeqInfo{}

// NewStructSeqType creates a struct-sequence type.
func NewStructSeqType(spec *StructSeqSpec) *Type {
	info := &structSeqInfo{spec: spec}
	var getsets []GetSetDef
	var matchArgs []Value
	for i, f := range spec.Fields {
		if f == "" {
			continue
		}
		info.named = append(info.named, i)
		i := i
		getsets = append(getsets, GetSetDef{Name: f, Get: func(v Value) (Value, *Exception) {
			return structSeqField(v, i), nil
		}, Set: func(v, x Value) *Exception {
			return NewAttributeError("readonly attribute")
		}})
		if i < spec.NSeq {
			matchArgs = append(matchArgs, StrValue(f))
		}
	}
	t := NewNativeType(&TypeSpec{Name: spec.Name, Base: TupleType, Doc: spec.Doc, GetSets: getsets,
		Methods: []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: structseq_reduce}}}, func(t *Type) {
		t.Repr = structseq_repr
		t.New = structseq_new
	})
	structSeqInfos[t] = info
	unnamed := len(spec.Fields) - len(info.named)
	t.Dict.SetStr(Intern("n_sequence_fields"), Int(int64(spec.NSeq)))
	t.Dict.SetStr(Intern("n_fields"), Int(int64(len(spec.Fields))))
	t.Dict.SetStr(Intern("n_unnamed_fields"), Int(int64(unnamed)))
	t.Dict.SetStr(Intern("__match_args__"), TupleValue(matchArgs...))
	return t
}

// NewStructSeq returns an instance of the struct-sequence type t holding
// vals; missing trailing fields are None.
func NewStructSeq(t *Type, vals ...Value) Value {
	spec := structSeqInfos[t].spec
	items := make([]Value, spec.NSeq)
	copy(items, vals)
	extra := make([]Value, len(spec.Fields)-spec.NSeq)
	if len(vals) > spec.NSeq {
		copy(extra, vals[spec.NSeq:])
	}
	for i := range items {
		if items[i].IsNull() {
			items[i] = None
		}
	}
	for i := range extra {
		if extra[i].IsNull() {
			extra[i] = None
		}
	}
	return ValueOf(&structSeq{Tuple: Tuple{Header{t}, items}, extra: extra})
}

func structSeqOf(v Value) (*structSeq, *structSeqInfo) {
	for t := v.Type(); t != nil; t = t.Base {
		if info, ok := structSeqInfos[t]; ok {
			return ptrOf[structSeq](v), info
		}
	}
	return nil, nil
}

func structSeqField(v Value, i int) Value {
	s, info := structSeqOf(v)
	if i < info.spec.NSeq {
		return s.items[i]
	}
	return s.extra[i-info.spec.NSeq]
}

func structseq_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	info := structSeqInfos[t]
	if info == nil {
		return Value{}, NewTypeError("cannot create '%s' instances", t.Name)
	}
	spec := info.spec
	if spec.NoNew {
		return Value{}, NewTypeError("cannot create '%s' instances", t.Name)
	}
	a, err := structseqNewMethod.bindArgs(args, kw, t.Name, nil)
	if err != nil {
		return Value{}, err
	}
	seq, err := collectIter(a[0])
	if err != nil {
		if err.Matches(TypeErrorType) {
			return Value{}, NewTypeError("constructor requires a sequence")
		}
		return Value{}, err
	}
	n, min, max := len(seq), spec.NSeq, len(spec.Fields)
	switch {
	case n < min && min == max:
		return Value{}, NewTypeError("%s() takes a %d-sequence (%d-sequence given)", t.Name, min, n)
	case n < min:
		return Value{}, NewTypeError("%s() takes an at least %d-sequence (%d-sequence given)", t.Name, min, n)
	case n > max && min == max:
		return Value{}, NewTypeError("%s() takes a %d-sequence (%d-sequence given)", t.Name, max, n)
	case n > max:
		return Value{}, NewTypeError("%s() takes an at most %d-sequence (%d-sequence given)", t.Name, max, n)
	}
	vals := make([]Value, max)
	copy(vals, seq)
	if d, ok := nullToNone(a[1]).TryDict(); ok {
		for i := n; i < max; i++ {
			if spec.Fields[i] != "" {
				if v, ok := d.GetStr(Intern(spec.Fields[i])); ok {
					vals[i] = v
				}
			}
		}
	}
	return NewStructSeq(t, vals...), nil
}

var structseqNewMethod = Method{Name: "structseq", Sig: "sequence, dict="}

func structseq_repr(v Value) (Value, *Exception) {
	s, info := structSeqOf(v)
	var b strings.Builder
	b.WriteString(v.Type().Name + "(")
	for i, x := range s.items {
		if i > 0 {
			b.WriteString(", ")
		}
		if i < len(info.named) {
			b.WriteString(info.spec.Fields[info.named[i]])
			b.WriteByte('=')
		}
		r, err := Repr(x)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(r.S)
	}
	b.WriteByte(')')
	return StrValue(b.String()), nil
}

func structseq_reduce(self Value, a []Value) (Value, *Exception) {
	s, info := structSeqOf(self)
	d := NewDict()
	for i, f := range info.spec.Fields[info.spec.NSeq:] {
		if f != "" {
			d.SetStr(Intern(f), s.extra[i])
		}
	}
	items := append([]Value(nil), s.items...)
	return TupleValue(self.Type().Value(), TupleValue(TupleValue(items...), d.Value())), nil
}
