// This file defines _csv.reader: the CSV parsing state machine of CPython's
// _csv.c, fed one line (str) at a time from the input iterator.
package csv

import (
	"strings"

	"krait/runtime"
)

// Parser states.
const (
	startRecord = iota
	startField
	escapedChar
	inField
	inQuotedField
	escapeInQuotedField
	quoteInQuotedField
	eatCRNL
	afterEscapedCRNL
)

// eol is the pseudo-character that ends each input line.
const eol rune = -2

// readerObject is a _csv.reader.
type readerObject struct {
	runtime.Header
	input   value
	dialect *dialectObject
	dvalue  value
	lineNum int64

	state   int
	fields  []value
	field   strings.Builder
	flen    int
	numeric bool
}

// ReaderType is _csv.reader.
var ReaderType *runtime.Type

func readerOf(v value) *readerObject { return runtime.PtrOf[readerObject](v) }

func csv_reader(_ value, a []value) (value, *exc) {
	it, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.None, err
	}
	d, err := callDialect(a[1], a[2])
	if err != nil {
		return runtime.None, err
	}
	r := &readerObject{Header: runtime.HeaderFor(ReaderType), input: it, dialect: d, dvalue: runtime.ValueOf(d)}
	return runtime.ValueOf(r), nil
}

func (r *readerObject) reset() {
	r.fields = nil
	r.state = startRecord
	r.numeric = false
}

func (r *readerObject) saveField() *exc {
	s := r.field.String()
	r.field.Reset()
	r.flen = 0
	if r.numeric {
		r.numeric = false
		f, err := runtime.Call(runtime.FloatType.Value(), []value{runtime.StrValue(s)}, nil)
		if err != nil {
			return err
		}
		r.fields = append(r.fields, f)
		return nil
	}
	r.fields = append(r.fields, runtime.StrValue(s))
	return nil
}

func (r *readerObject) addChar(c rune) *exc {
	if int64(r.flen) >= fieldLimit {
		return csvError("field larger than field limit (%d)", fieldLimit)
	}
	r.field.WriteRune(c)
	r.flen++
	return nil
}

func isEOL(c rune) bool { return c == '\n' || c == '\r' || c == eol }

// endField saves the field at a line end or delimiter-like boundary.
func (r *readerObject) endLine(c rune) *exc {
	if err := r.saveField(); err != nil {
		return err
	}
	if c == eol {
		r.state = startRecord
	} else {
		r.state = eatCRNL
	}
	return nil
}

// processChar advances the state machine by one character.
func (r *readerObject) processChar(c rune) *exc {
	d := r.dialect
	switch r.state {
	case startRecord:
		if c == eol {
			return nil
		}
		if c == '\n' || c == '\r' {
			r.state = eatCRNL
			return nil
		}
		r.state = startField
		return r.processChar(c)
	case startField:
		switch {
		case isEOL(c):
			return r.endLine(c)
		case c == d.quotechar && d.quoting != quoteNone:
			r.state = inQuotedField
		case c == d.escapechar:
			r.state = escapedChar
		case c == ' ' && d.skipinitialspace:
		case c == d.delimiter:
			return r.saveField()
		default:
			if d.quoting == quoteNonNumeric {
				r.numeric = true
			}
			r.state = inField
			return r.addChar(c)
		}
	case escapedChar:
		if c == '\n' || c == '\r' {
			r.state = afterEscapedCRNL
			return r.addChar(c)
		}
		if c == eol {
			c = '\n'
		}
		r.state = inField
		return r.addChar(c)
	case afterEscapedCRNL:
		if c == eol {
			return nil
		}
		r.state = inField
		return r.processChar(c)
	case inField:
		switch {
		case isEOL(c):
			return r.endLine(c)
		case c == d.escapechar:
			r.state = escapedChar
		case c == d.delimiter:
			r.state = startField
			return r.saveField()
		default:
			return r.addChar(c)
		}
	case inQuotedField:
		switch {
		case c == eol:
		case c == d.escapechar:
			r.state = escapeInQuotedField
		case c == d.quotechar && d.quoting != quoteNone:
			if d.doublequote {
				r.state = quoteInQuotedField
			} else {
				r.state = inField
			}
		default:
			return r.addChar(c)
		}
	case escapeInQuotedField:
		if c == eol {
			c = '\n'
		}
		r.state = inQuotedField
		return r.addChar(c)
	case quoteInQuotedField:
		switch {
		case d.quoting != quoteNone && c == d.quotechar:
			r.state = inQuotedField
			return r.addChar(c)
		case c == d.delimiter:
			r.state = startField
			return r.saveField()
		case isEOL(c):
			return r.endLine(c)
		case !d.strict:
			r.state = inField
			return r.addChar(c)
		default:
			return csvError("'%c' expected after '%c'", d.delimiter, d.quotechar)
		}
	case eatCRNL:
		switch {
		case c == '\n' || c == '\r':
		case c == eol:
			r.state = startRecord
		default:
			return csvError("new-line character seen in unquoted field - do you need to open the file with newline=''?")
		}
	}
	return nil
}

func reader_next(v value) (value, *exc) {
	r := readerOf(v)
	r.reset()
	for {
		line, err := runtime.Next(r.input)
		if err != nil {
			return runtime.None, err
		}
		if line.IsNull() {
			if r.flen != 0 || r.state == inQuotedField {
				if r.dialect.strict {
					return runtime.None, csvError("unexpected end of data")
				}
				if err := r.saveField(); err != nil {
					return runtime.None, err
				}
				break
			}
			return runtime.Value{}, nil
		}
		s, ok := line.TryStr()
		if !ok {
			return runtime.None, csvError("iterator should return strings, not %.200s (the file should be opened in text mode)", line.Type().Name)
		}
		r.lineNum++
		for _, c := range s.String() {
			if err := r.processChar(c); err != nil {
				r.reset()
				return runtime.None, err
			}
		}
		if err := r.processChar(eol); err != nil {
			r.reset()
			return runtime.None, err
		}
		if r.state == startRecord {
			break
		}
	}
	fields := r.fields
	r.fields = nil
	if fields == nil {
		fields = []value{}
	}
	return runtime.NewList(fields), nil
}

func initReader() {
	ReaderType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_csv.reader",
		GetSets: []runtime.GetSetDef{
			{Name: "dialect", Get: func(v value) (value, *exc) { return readerOf(v).dvalue, nil }},
			{Name: "line_num", Get: func(v value) (value, *exc) { return runtime.Int(readerOf(v).lineNum), nil }},
		}},
		func(t *runtime.Type) {
			t.Iter = func(v value) (value, *exc) { return v, nil }
			t.Next = reader_next
			t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
				return runtime.None, runtime.NewTypeError("cannot create '_csv.reader' instances")
			}
		})
}
