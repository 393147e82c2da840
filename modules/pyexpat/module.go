// Package pyexpat is CPython 3.11's pyexpat module (which
// xml.parsers.expat re-exports): ParserCreate, the xmlparser type,
// ExpatError and the errors and model submodules, over an XML parser
// written in Go that behaves like expat 2.5.0.
package pyexpat

import (
	"krait/runtime"
)

// expatErrorType returns xml.parsers.expat.ExpatError, created once.
var expatErrorType = runtime.LazyExceptionClass("xml.parsers.expat", "ExpatError", "", runtime.ExceptionType)

// unset marks ParserCreate's intern argument as not given.
func pyexpat_ParserCreate(_ value, a []value) (value, *runtime.Exception) {
	encoding, err := optionalStr(a[0], "encoding")
	if err != nil {
		return value{}, err
	}
	sep, err := optionalStr(a[1], "namespace_separator")
	if err != nil {
		return value{}, err
	}
	if sep != nil && len([]rune(*sep)) > 1 {
		return value{}, runtime.NewValueError("namespace_separator must be at most one character, omitted, or None")
	}
	intern := a[2]
	switch {
	case intern.IsNull():
		intern = runtime.ValueOf(runtime.NewDict())
	case intern.IsNone():
	default:
		if _, ok := intern.TryDict(); !ok {
			return value{}, runtime.NewTypeError("intern must be a dictionary")
		}
	}
	enc := ""
	if encoding != nil {
		enc = *encoding
	}
	return runtime.ValueOf(newParser(enc, sep, intern)), nil
}

// optionalStr checks a "str or None" argument of ParserCreate.
func optionalStr(v value, arg string) (*string, *runtime.Exception) {
	if v.IsNull() || v.IsNone() {
		return nil, nil
	}
	s, ok := v.TryStr()
	if !ok {
		return nil, runtime.NewTypeError("ParserCreate() argument '%s' must be str or None, not %s", arg, typeName(v))
	}
	return strp(s.String()), nil
}

func typeName(v value) string {
	switch {
	case v.IsNone():
		return "None"
	}
	return v.Type().Name
}

func pyexpat_ErrorString(_ value, a []value) (value, *runtime.Exception) {
	n, ok := runtime.IntOf(a[0])
	if !ok {
		return value{}, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", a[0].Type().Name)
	}
	s := errorString(int(n))
	if s == "" {
		return runtime.None, nil
	}
	return runtime.StrValue(s), nil
}

// Module is the pyexpat module.
var Module = &runtime.ModuleDef{
	Name: "pyexpat",
	Doc:  "Python wrapper for Expat parser.",
	Methods: []runtime.Method{
		{Name: "ParserCreate", Sig: "encoding=, namespace_separator=, intern=", Fn: pyexpat_ParserCreate,
			Doc: "Return a new XML parser object."},
		{Name: "ErrorString", Sig: "code, /", Fn: pyexpat_ErrorString, Doc: "Returns string error for given number."},
	},
	Exec: pyexpat_exec,
}

func pyexpat_exec(m *runtime.Module) *runtime.Exception {
	et := runtime.ValueOf(expatErrorType())
	m.SetAttr("error", et)
	m.SetAttr("ExpatError", et)
	m.SetAttr("XMLParserType", runtime.ValueOf(parserType()))
	m.SetAttr("EXPAT_VERSION", runtime.StrValue("expat_2.5.0"))
	m.SetAttr("version_info", runtime.TupleValue(runtime.Int(2), runtime.Int(5), runtime.Int(0)))
	m.SetAttr("native_encoding", runtime.StrValue("UTF-8"))
	feature := func(n string, v int64) value { return runtime.TupleValue(runtime.StrValue(n), runtime.Int(v)) }
	m.SetAttr("features", runtime.NewList([]value{
		feature("sizeof(XML_Char)", 1), feature("sizeof(XML_LChar)", 1), feature("XML_DTD", 0),
		feature("XML_CONTEXT_BYTES", 1024), feature("XML_NS", 0), feature("XML_BLAP_MAX_AMP", 100),
		feature("XML_BLAP_ACT_THRES", 8388608)}))
	m.SetAttr("XML_PARAM_ENTITY_PARSING_NEVER", runtime.Int(0))
	m.SetAttr("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", runtime.Int(1))
	m.SetAttr("XML_PARAM_ENTITY_PARSING_ALWAYS", runtime.Int(2))
	m.SetAttr("errors", runtime.ValueOf(errorsModule()))
	m.SetAttr("model", runtime.ValueOf(modelModule()))
	return nil
}

// errorsModule builds pyexpat.errors.
func errorsModule() *runtime.Module {
	em := runtime.NewModule("pyexpat.errors")
	em.SetAttr("__doc__", runtime.StrValue("Constants used to describe error conditions."))
	codes, messages := runtime.NewDict(), runtime.NewDict()
	for i, e := range errorTable {
		msg := runtime.StrValue(e.msg)
		em.SetAttr(e.name, msg)
		codes.SetItem(msg, runtime.Int(int64(i+1)))
		messages.SetItem(runtime.Int(int64(i+1)), msg)
	}
	em.SetAttr("codes", runtime.ValueOf(codes))
	em.SetAttr("messages", runtime.ValueOf(messages))
	runtime.SysModulesSet("pyexpat.errors", runtime.ValueOf(em))
	return em
}

// modelModule builds pyexpat.model.
func modelModule() *runtime.Module {
	mm := runtime.NewModule("pyexpat.model")
	mm.SetAttr("__doc__", runtime.StrValue("Constants used to interpret content model information."))
	for _, c := range []struct {
		n string
		v int64
	}{{"XML_CTYPE_EMPTY", ctypeEmpty}, {"XML_CTYPE_ANY", ctypeAny}, {"XML_CTYPE_MIXED", ctypeMixed},
		{"XML_CTYPE_NAME", ctypeName}, {"XML_CTYPE_CHOICE", ctypeChoice}, {"XML_CTYPE_SEQ", ctypeSeq},
		{"XML_CQUANT_NONE", cquantNone}, {"XML_CQUANT_OPT", cquantOpt}, {"XML_CQUANT_REP", cquantRep},
		{"XML_CQUANT_PLUS", cquantPlus}} {
		mm.SetAttr(c.n, runtime.Int(c.v))
	}
	runtime.SysModulesSet("pyexpat.model", runtime.ValueOf(mm))
	return mm
}
