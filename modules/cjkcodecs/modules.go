// Package cjkcodecs is CPython's CJK codecs: _multibytecodec and the
// _codecs_cn, _codecs_tw, _codecs_hk, _codecs_jp, _codecs_kr and
// _codecs_iso2022 modules
// whose getcodec(name) the encodings/*.py modules call. Mapping tables are
// generated from python3.11 (gen/gen.py) and loaded per codec on first use.
package cjkcodecs

import "krait/runtime"

// moduleCodecs lists each module's codecs.
var moduleCodecs = map[string][]string{
	"_codecs_cn": {"gb2312", "gbk", "gb18030", "hz"},
	"_codecs_tw": {"big5", "cp950"},
	"_codecs_hk": {"big5hkscs"},
	"_codecs_jp": {"shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213"},
	"_codecs_kr": {"euc_kr", "cp949", "johab"},
	"_codecs_iso2022": {"iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3",
		"iso2022_jp_ext", "iso2022_kr"},
}

func newImpl(name string) codecImpl {
	if name == "hz" {
		return newHZ()
	}
	if len(name) > 7 && name[:7] == "iso2022" {
		return &iso2022Codec{name: name, kr: name == "iso2022_kr"}
	}
	return &tableCodec{name: name}
}

func getcodecFor(module string) runtime.MethodFunc {
	return func(_ value, a []value) (value, *exc) {
		s, ok := a[0].TryStr()
		if !ok {
			return runtime.None, runtime.NewTypeError("encoding name must be a string.")
		}
		for _, n := range moduleCodecs[module] {
			if n == s.S {
				return newCodecObject(&codec{name: n, impl: newImpl(n)}), nil
			}
		}
		return runtime.None, runtime.NewExceptionMsg(runtime.BuiltinExceptionType("LookupError"), "no such codec is supported.")
	}
}

func codecModule(name string) *runtime.ModuleDef {
	return &runtime.ModuleDef{Name: name, Methods: []runtime.Method{
		{Name: "getcodec", Sig: "encoding, /", Flags: runtime.MethO, Fn: getcodecFor(name)},
	}}
}

// Modules are the CJK codec modules, for registration.
var Modules = []*runtime.ModuleDef{
	{Name: "_multibytecodec", Exec: func(m *runtime.Module) *exc {
		typesOnce.Do(createTypes)
		m.SetAttr("MultibyteCodec", codecType.Value())
		m.SetAttr("MultibyteIncrementalEncoder", incEncType.Value())
		m.SetAttr("MultibyteIncrementalDecoder", incDecType.Value())
		m.SetAttr("MultibyteStreamReader", readerType.Value())
		m.SetAttr("MultibyteStreamWriter", writerType.Value())
		return nil
	}},
	codecModule("_codecs_cn"), codecModule("_codecs_tw"), codecModule("_codecs_hk"),
	codecModule("_codecs_jp"), codecModule("_codecs_kr"), codecModule("_codecs_iso2022"),
}
