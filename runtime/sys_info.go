// This file defines the descriptive attributes of sys (flags,
// version_info, float_info, implementation, prefixes, path, ...) and
// SysConfig, through which cmd/krait passes the command line's choices.

package runtime

import (
	"math"
	"os"
	"runtime"
)

// SysFlags are the values of sys.flags, in its field order.
type SysFlags struct {
	Debug, Inspect, Interactive, Optimize, DontWriteBytecode, NoUserSite, NoSite,
	IgnoreEnvironment, Verbose, BytesWarning, Quiet int
	HashRandomization int
	Isolated          int
	DevMode           bool
	UTF8Mode          int
	WarnDefaultEnc    int
	SafePath          bool
	IntMaxStrDigits   int
}

// SysConfig is what cmd/krait sets before the sys module is first used.
var SysConfig = struct {
	Path       []string // sys.path
	OrigArgv   []string
	Executable string
	Prefix     string // sys.prefix and exec_prefix (and the base_ ones)
	Stdlib     string // the CPython 3.11 Lib directory in use
	Flags      SysFlags
	WarnOpts   []string
	XOpts      []string // -X options, "name" or "name=value"
}{Flags: SysFlags{HashRandomization: 1, IntMaxStrDigits: -1}}

// PythonVersion is the CPython version Krait follows.
const PythonVersion = "3.11.7"

// SysVersion is sys.version, which -VV prints too.
const SysVersion = PythonVersion + " (main, Nov 26 2026, 00:00:00) [Krait, Go]"

// The struct-sequence types of sys, made on first use: package variable
// initialization runs before the init functions that fill tuple's slots.
var flagsType, versionInfoType, floatInfoType, intInfoType, hashInfoType, threadInfoType *Type

func makeSysTypes() {
	if flagsType != nil {
		return
	}
	flagsType = NewStructSeqType(&StructSeqSpec{Name: "sys.flags", NoNew: true, NSeq: 18, Fields: []string{
		"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
		"ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
		"dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}})
	versionInfoType = NewStructSeqType(&StructSeqSpec{Name: "sys.version_info", NoNew: true, NSeq: 5,
		Fields: []string{"major", "minor", "micro", "releaselevel", "serial"}})
	floatInfoType = NewStructSeqType(&StructSeqSpec{Name: "sys.float_info", NSeq: 11, Fields: []string{
		"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}})
	intInfoType = NewStructSeqType(&StructSeqSpec{Name: "sys.int_info", NSeq: 4, Fields: []string{
		"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}})
	hashInfoType = NewStructSeqType(&StructSeqSpec{Name: "sys.hash_info", NSeq: 9, Fields: []string{
		"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}})
	threadInfoType = NewStructSeqType(&StructSeqSpec{Name: "sys.thread_info", NSeq: 3,
		Fields: []string{"name", "lock", "version"}})
}

func sysInts(xs ...int) []Value {
	v := make([]Value, len(xs))
	for i, x := range xs {
		v[i] = Int(int64(x))
	}
	return v
}

func sysStrList(xs []string) Value {
	v := make([]Value, len(xs))
	for i, x := range xs {
		v[i] = StrValue(x)
	}
	return NewList(v)
}

// setSysInfo fills the descriptive attributes of the sys module dict d.
func setSysInfo(d *Dict) {
	makeSysTypes()
	set := func(name string, v Value) { d.SetStr(Intern(name), v) }
	f := SysConfig.Flags
	fv := sysInts(f.Debug, f.Inspect, f.Interactive, f.Optimize, f.DontWriteBytecode, f.NoUserSite, f.NoSite,
		f.IgnoreEnvironment, f.Verbose, f.BytesWarning, f.Quiet, f.HashRandomization, f.Isolated)
	fv = append(fv, Bool(f.DevMode), Int(int64(f.UTF8Mode)), Int(int64(f.WarnDefaultEnc)), Bool(f.SafePath), Int(int64(f.IntMaxStrDigits)))
	set("flags", NewStructSeq(flagsType, fv))
	vi := NewStructSeq(versionInfoType, []Value{Int(3), Int(11), Int(7), StrValue("final"), Int(0)})
	set("version_info", vi)
	set("version", StrValue(SysVersion))
	set("hexversion", Int(0x030b07f0))
	// A release build's (no repository data), as python3.11's; platform
	// reads it.
	set("_git", NewTuple([]Value{StrValue("CPython"), StrValue(""), StrValue("")}).Value())
	set("api_version", Int(1013))
	set("copyright", StrValue("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."))
	set("float_info", NewStructSeq(floatInfoType, []Value{Float(math.MaxFloat64), Int(1024), Int(308), Float(2.2250738585072014e-308),
		Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)}))
	set("int_info", NewStructSeq(intInfoType, sysInts(30, 4, 4300, 640)))
	set("hash_info", NewStructSeq(hashInfoType, []Value{Int(64), Int(1<<61 - 1), Int(314159), Int(0), Int(1000003),
		StrValue("siphash13"), Int(64), Int(128), Int(0)}))
	// version names the thread library: Go's scheduler, whose lock waits
	// signals interrupt as NPTL's do (None would mean musl to the tests).
	set("thread_info", NewStructSeq(threadInfoType, []Value{StrValue("pthread"), StrValue("semaphore"), StrValue(runtime.Version())}))
	set("implementation", NewNamespace([]string{"name", "cache_tag", "version", "hexversion", "_multiarch"},
		[]Value{StrValue("krait"), StrValue(PycacheTag), vi, Int(0x030b07f0), StrValue("x86_64-linux-gnu")}))
	set("float_repr_style", StrValue("short"))
	set("abiflags", StrValue(""))
	set("platlibdir", StrValue("lib"))
	set("maxunicode", Int(0x10ffff))
	set("meta_path", NewList(nil))
	set("path_hooks", NewList(nil))
	set("path_importer_cache", NewDict().Value())
	set("path", sysStrList(SysConfig.Path))
	set("dont_write_bytecode", Bool(f.DontWriteBytecode != 0))
	set("pycache_prefix", pycachePrefixValue())
	set("warnoptions", sysStrList(SysConfig.WarnOpts))
	set("_xoptions", xoptionsDict())
	set("orig_argv", sysStrList(SysConfig.OrigArgv))
	exe := SysConfig.Executable
	if exe == "" {
		exe, _ = os.Executable()
	}
	set("executable", StrValue(exe))
	set("_base_executable", StrValue(exe))
	prefix := SysConfig.Prefix
	for _, n := range []string{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"} {
		set(n, StrValue(prefix))
	}
	set("stdlib_module_names", stdlibModuleNames())
	set("_framework", StrValue(""))
	if SysConfig.Stdlib != "" {
		set("_stdlib_dir", StrValue(SysConfig.Stdlib))
	} else {
		set("_stdlib_dir", None)
	}
}

func xoptionsDict() Value {
	d := NewDict()
	for _, x := range SysConfig.XOpts {
		k, v := x, True
		for i := 0; i < len(x); i++ {
			if x[i] == '=' {
				k, v = x[:i], StrValue(x[i+1:])
				break
			}
		}
		d.SetStr(NewStr(k), v)
	}
	return d.Value()
}
