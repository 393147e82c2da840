// This file defines the interpreter's start-up as python3's: the
// command-line flags and PYTHON* environment variables become sys.flags,
// the CPython 3.11 standard library is located, sys.path is computed, and
// importlib and site are run.

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"krait/compiler"
	pyio "krait/modules/io"
	"krait/runtime"
)

// stdlibCandidates are where a CPython 3.11 Lib directory is looked for
// when neither KRAIT_STDLIB nor PYTHONHOME says: Debian's
// libpython3.11-stdlib first.
var stdlibCandidates = []string{"/usr/lib/python3.11", "/usr/local/lib/python3.11"}

// missingStdlibText is printed when no standard library is found.
const missingStdlibText = `Krait could not find the Python 3.11 standard library. Krait runs CPython's own
pure-Python standard library, which is not part of Krait: install it (on Debian
or Ubuntu: apt-get install libpython3.11-stdlib) or point KRAIT_STDLIB at a
CPython 3.11 "Lib" directory (the one that contains os.py); PYTHONHOME=PREFIX
also works, using PREFIX/lib/python3.11.
`

// findStdlib returns the standard-library directory, or "", for the
// program argv0.
func findStdlib(ignoreEnv bool, argv0 string) string {
	var cands []string
	if d := os.Getenv("KRAIT_STDLIB"); d != "" {
		cands = append(cands, d)
	}
	if h := os.Getenv("PYTHONHOME"); h != "" && !ignoreEnv {
		home, _, _ := strings.Cut(h, ":")
		cands = append(cands, filepath.Join(home, "lib", "python3.11"))
	}
	if d := executableStdlib(argv0); d != "" { // compat11b_prefix.go
		cands = append(cands, d)
	}
	cands = append(cands, stdlibCandidates...)
	for _, d := range cands {
		if isStdlib(d) {
			return d
		}
	}
	return ""
}

func isStdlib(dir string) bool {
	for _, f := range []string{"os.py", "importlib/_bootstrap.py", "importlib/_bootstrap_external.py"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			return false
		}
	}
	return true
}

// envFlag returns the value of a PYTHON* variable as python3 reads it:
// unset or empty is 0, a number is that number, anything else is 1.
func envFlag(ignore bool, name string) int {
	if ignore {
		return 0
	}
	v := os.Getenv(name)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil {
		return n
	}
	return 1
}

// configure fills runtime.SysConfig from the command line c, the
// environment and the stdlib location; argv is the full process argv.
func configure(c *cmdline, argv []string, stdlib string) {
	f := &runtime.SysConfig.Flags
	pth := readPthFile(argv[0]) // pthfile.go
	isolated := c.flags['I'] > 0 || pth != nil
	ignoreEnv := c.flags['E'] > 0 || isolated
	f.Isolated = b2i(isolated)
	f.IgnoreEnvironment = b2i(ignoreEnv)
	f.NoUserSite = b2i(c.flags['s'] > 0 || c.flags['I'] > 0 || envFlag(ignoreEnv, "PYTHONNOUSERSITE") > 0)
	f.NoSite = b2i(c.flags['S'] > 0 || (pth != nil && !pth.importSite))
	f.DontWriteBytecode = b2i(c.flags['B'] > 0 || envFlag(ignoreEnv, "PYTHONDONTWRITEBYTECODE") > 0)
	f.Optimize = max(c.flags['O'], envFlag(ignoreEnv, "PYTHONOPTIMIZE"))
	f.Verbose = max(c.flags['v'], envFlag(ignoreEnv, "PYTHONVERBOSE"))
	f.Debug = max(c.flags['d'], envFlag(ignoreEnv, "PYTHONDEBUG"))
	f.Inspect = max(c.flags['i'], envFlag(ignoreEnv, "PYTHONINSPECT"))
	f.Interactive = c.flags['i']
	f.Quiet = c.flags['q']
	f.BytesWarning = c.flags['b']
	f.SafePath = c.flags['P'] > 0 || isolated || envFlag(ignoreEnv, "PYTHONSAFEPATH") > 0
	f.HashRandomization = 1
	// -R turns randomization back on over PYTHONHASHSEED=0 (the flag
	// only: str hashing was keyed from the environment at init).
	if s := os.Getenv("PYTHONHASHSEED"); s == "0" && !ignoreEnv && c.flags['R'] == 0 {
		f.HashRandomization = 0
	}
	f.DevMode = hasXopt(c, "dev") || envFlag(ignoreEnv, "PYTHONDEVMODE") > 0
	f.UTF8Mode = utf8Mode(c, ignoreEnv)
	compiler.NoDebugRanges = hasXopt(c, "no_debug_ranges") || envFlag(ignoreEnv, "PYTHONNODEBUGRANGES") > 0
	f.WarnDefaultEnc = b2i(hasXopt(c, "warn_default_encoding") || envFlag(ignoreEnv, "PYTHONWARNDEFAULTENCODING") > 0)
	f.IntMaxStrDigits = -1
	if c.checkHashPycs != "" {
		runtime.CheckHashBasedPycs = c.checkHashPycs
	}
	runtime.SysConfig.OrigArgv = osDecodeAll(argv)
	if len(argv) > 0 {
		runtime.SysConfig.Executable = executablePath(argv[0])
	}
	runtime.SysConfig.XOpts = c.xopts
	runtime.SysConfig.WarnOpts = warnOptions(c, ignoreEnv)
	runtime.SysConfig.Stdlib = stdlib
	runtime.SysConfig.Prefix = "/usr"
	if stdlib != "" {
		runtime.SysConfig.Prefix = filepath.Dir(filepath.Dir(stdlib))
	}
	runtime.SysConfig.Path = sysPath(c, ignoreEnv, stdlib, runtime.SysConfig.Prefix)
	if pth != nil {
		runtime.SysConfig.Path = pth.paths
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func hasXopt(c *cmdline, name string) bool {
	_, ok := c.xopt(name)
	return ok
}

// warnOptions are sys.warnoptions, lowest precedence first as CPython's
// config_init_warnoptions: "default" for dev mode, PYTHONWARNINGS
// entries, -W options, then the BytesWarning filter of -b/-bb (with the
// native _warnings, warnings.py adds none of these itself).
func warnOptions(c *cmdline, ignoreEnv bool) []string {
	var w []string
	if runtime.SysConfig.Flags.DevMode {
		w = append(w, "default")
	}
	if env := os.Getenv("PYTHONWARNINGS"); env != "" && !ignoreEnv {
		for _, s := range strings.Split(env, ",") {
			if s = strings.TrimSpace(s); s != "" {
				w = append(w, s)
			}
		}
	}
	w = append(w, c.warnopts...)
	switch {
	case runtime.SysConfig.Flags.BytesWarning > 1:
		w = append(w, "error::BytesWarning")
	case runtime.SysConfig.Flags.BytesWarning == 1:
		w = append(w, "default::BytesWarning")
	}
	return w
}

// path0 is sys.path[0], the script's directory (or the current one for
// -m, or "" for -c and stdin), unless -P. As in CPython it is inserted
// after site has run (addPath0): site's own imports (sitecustomize, .pth
// files) must not find modules in the current directory, and site must not
// make "" absolute.
// mainImporter is set when the script is a directory or zip archive run
// through its __main__ module.
var mainImporter bool

var path0 struct {
	dir string
	ok  bool
}

// sysPath computes sys.path before site runs, and path0.
func sysPath(c *cmdline, ignoreEnv bool, stdlib, prefix string) []string {
	var p []string
	if c.script != "" && isMainImporterPath(c.script) {
		// Even with -P or -I, as CPython's pymain_run_python.
		path0.ok, path0.dir, mainImporter = true, absPath(c.script), true // main_module.go
	} else if !runtime.SysConfig.Flags.SafePath {
		path0.ok = true
		switch {
		case c.script != "":
			path0.dir = scriptDirOf(c.script)
		case c.hasMod:
			path0.dir, _ = os.Getwd()
		default:
			path0.dir = ""
		}
	}
	if env := os.Getenv("PYTHONPATH"); env != "" && !ignoreEnv {
		for _, d := range strings.Split(env, ":") {
			if d != "" {
				p = append(p, absPath(d))
			}
		}
	}
	if stdlib == "" {
		return p
	}
	return append(p, filepath.Join(prefix, "lib", "python311.zip"), stdlib, filepath.Join(stdlib, "lib-dynload"))
}

// scriptDirOf is sys.path[0] for a script: its directory, symlinks resolved.
func scriptDirOf(script string) string {
	p := absPath(script)
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	return filepath.Dir(p)
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// bootstrapModules are the builtin modules importlib's bootstrap imports.
var bootstrapModules = []string{"_imp", "_thread", "_warnings", "_weakref", "_io", "marshal", "posix"}

// startInterpreter installs importlib, runs site (unless -S) and then
// puts path0 first on sys.path.
func startInterpreter(c *cmdline) *runtime.Exception {
	err := startImportsAndSite(c)
	if path0.ok {
		if l, ok := runtime.SysModule().Dict.GetStr(runtime.Intern("path")); ok {
			if list, ok := l.TryList(); ok {
				items := list.ItemsRef()
				*items = append([]runtime.Value{runtime.StrValue(path0.dir)}, *items...)
			}
		}
	}
	return err
}

// startImportsAndSite installs importlib and runs site (unless -S).
func startImportsAndSite(c *cmdline) *runtime.Exception {
	if runtime.SysConfig.Stdlib == "" {
		return nil
	}
	for _, m := range bootstrapModules {
		if _, ok := runtime.BuiltinModuleDef(m); !ok {
			return nil // not all linked yet: imports fall back to builtin modules and the script's directory
		}
	}
	if err := runtime.InitImportlib(runtime.SysConfig.Stdlib); err != nil {
		return err
	}
	unbuffered := c.flags['u'] > 0 || envFlag(runtime.SysConfig.Flags.IgnoreEnvironment != 0, "PYTHONUNBUFFERED") > 0
	in, out, errw, err := pyio.NewStdStreams(unbuffered)
	if err != nil {
		return err
	}
	runtime.SetStdStreams(in, out, errw)
	if len(runtime.SysConfig.WarnOpts) > 0 {
		// As CPython: with -W or PYTHONWARNINGS the warnings module is
		// imported at start-up (it reports invalid options then).
		if _, err := runtime.ImportModule("warnings"); err != nil {
			return err
		}
	}
	if runtime.SysConfig.Flags.NoSite == 0 {
		if _, err := runtime.ImportModule("site"); err != nil {
			return err
		}
	}
	return nil
}

// compileScriptOrPyc compiles a script, or loads it when it is a compiled
// .pyc file (named so, or starting with Krait's magic number), as
// python3 runs .pyc files given on its command line: the header must
// carry this Krait's magic number, and the code keeps the file name it was
// compiled with (py_compile's dfile, compileall's ddir).
func compileScriptOrPyc(src []byte, filename string) (*runtime.Code, *runtime.Exception) {
	magic := runtime.PycMagic()
	if !strings.HasSuffix(filename, ".pyc") && !bytes.HasPrefix(src, magic) {
		return compileScript(src, filename)
	}
	if len(src) < 16 || !bytes.Equal(src[:4], magic) {
		return nil, runtime.NewRuntimeError("Bad magic number in .pyc file")
	}
	v, _, exc := runtime.MarshalLoads(src[16:])
	if exc != nil {
		return nil, exc
	}
	if v.Type() != runtime.CodeType {
		return nil, runtime.NewRuntimeError("Bad code object in .pyc file")
	}
	return runtime.PtrOf[runtime.Code](v), nil
}
