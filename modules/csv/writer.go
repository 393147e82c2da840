// This file defines _csv.writer: it formats rows with the dialect's
// quoting and escaping rules and passes each line to the file's write.
package csv

import (
	"strings"

	"krait/runtime"
)

// writerObject is a _csv.writer.
type writerObject struct {
	runtime.Header
	write   value
	dialect *dialectObject
	dvalue  value
}

// WriterType is _csv.writer.
var WriterType *runtime.Type

func writerOf(v value) *writerObject { return runtime.PtrOf[writerObject](v) }

func csv_writer(_ value, a []value) (value, *exc) {
	w, err := runtime.GetAttrString(a[0], "write")
	if err != nil && !err.Matches(runtime.AttributeErrorType) {
		return runtime.None, err
	}
	if err != nil || w.Type().Call == nil {
		return runtime.None, runtime.NewTypeError("argument 1 must have a \"write\" method")
	}
	d, err := callDialect(a[1], a[2])
	if err != nil {
		return runtime.None, err
	}
	o := &writerObject{Header: runtime.HeaderFor(WriterType), write: w, dialect: d, dvalue: runtime.ValueOf(d)}
	return runtime.ValueOf(o), nil
}

// appendField adds one field to rec, quoting and escaping as needed.
func (d *dialectObject) appendField(rec *strings.Builder, field string, quoted bool) *exc {
	var b strings.Builder
	for _, c := range field {
		special := c == d.delimiter || c == d.escapechar || c == d.quotechar ||
			strings.ContainsRune(d.lineterminator, c)
		if special {
			escape := false
			if d.quoting == quoteNone {
				escape = true
			} else {
				if c == d.quotechar {
					if d.doublequote {
						b.WriteRune(d.quotechar)
					} else {
						escape = true
					}
				} else if c == d.escapechar {
					escape = true
				}
				if !escape {
					quoted = true
				}
			}
			if escape {
				if d.escapechar == noChar {
					return csvError("need to escape, but no escapechar set")
				}
				b.WriteRune(d.escapechar)
			}
		}
		b.WriteRune(c)
	}
	if quoted {
		rec.WriteRune(d.quotechar)
		rec.WriteString(b.String())
		rec.WriteRune(d.quotechar)
	} else {
		rec.WriteString(b.String())
	}
	return nil
}

func writer_writerow(v value, a []value) (value, *exc) {
	w := writerOf(v)
	d := w.dialect
	it, err := runtime.Iter(a[0])
	if err != nil {
		if err.Matches(runtime.TypeErrorType) {
			return runtime.None, csvError("iterable expected, not %.200s", a[0].Type().Name)
		}
		return runtime.None, err
	}
	var rec strings.Builder
	n := 0
	for {
		field, err := runtime.Next(it)
		if err != nil {
			return runtime.None, err
		}
		if field.IsNull() {
			break
		}
		if n > 0 {
			rec.WriteRune(d.delimiter)
		}
		n++
		quoted := d.quoting == quoteAll
		if d.quoting == quoteNonNumeric {
			quoted = !isNumber(field)
		}
		var s string
		if str, ok := field.TryStr(); ok {
			s = str.String()
		} else if field != runtime.None {
			sv, err := runtime.StrOf(field)
			if err != nil {
				return runtime.None, err
			}
			s = sv.String()
		}
		if err := d.appendField(&rec, s, quoted); err != nil {
			return runtime.None, err
		}
	}
	if n > 0 && rec.Len() == 0 {
		if d.quoting == quoteNone {
			return runtime.None, csvError("single empty field record must be quoted")
		}
		rec.WriteRune(d.quotechar)
		rec.WriteRune(d.quotechar)
	}
	rec.WriteString(d.lineterminator)
	return runtime.Call(w.write, []value{runtime.StrValue(rec.String())}, nil)
}

// isNumber is PyNumber_Check: the type defines __index__, __int__ or
// __float__ (or is complex).
func isNumber(v value) bool {
	t := v.Type()
	return t.Index != nil || t.Int != nil || t.Float != nil || !t.LookupString("__complex__").IsNull()
}

func writer_writerows(v value, a []value) (value, *exc) {
	it, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.None, err
	}
	for {
		row, err := runtime.Next(it)
		if err != nil {
			return runtime.None, err
		}
		if row.IsNull() {
			return runtime.None, nil
		}
		if _, err := writer_writerow(v, []value{row}); err != nil {
			return runtime.None, err
		}
	}
}

func initWriter() {
	WriterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_csv.writer",
		Methods: []runtime.Method{
			{Name: "writerow", Sig: "row, /", Flags: runtime.MethO, Fn: writer_writerow, Doc: "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields."},
			{Name: "writerows", Sig: "rows, /", Flags: runtime.MethO, Fn: writer_writerows, Doc: "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file."},
		},
		GetSets: []runtime.GetSetDef{
			{Name: "dialect", Get: func(v value) (value, *exc) { return writerOf(v).dvalue, nil }},
		}},
		func(t *runtime.Type) {
			t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
				return runtime.None, runtime.NewTypeError("cannot create '_csv.writer' instances")
			}
		})
}
