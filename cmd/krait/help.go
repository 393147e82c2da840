// This file defines the long help texts (--help-env, --help-xoptions,
// --help-all) and the start-up int/str digit limit option.

package main

import (
	"fmt"
	"io"
	"os"
	"strconv"

	"krait/runtime"
)

// printHelp writes the usage text (for -h) and the sections --help-env,
// --help-xoptions and --help-all ask for.
func printHelp(w io.Writer, prog string, usage bool, more string) {
	if usage || more == "all" {
		fmt.Fprintf(w, usageText, prog)
	}
	if more == "xoptions" || more == "all" {
		io.WriteString(w, xoptionsHelp)
	}
	if more == "env" || more == "all" {
		io.WriteString(w, envHelp)
	}
}

const xoptionsHelp = `The following implementation-specific options are available (-X opt):
-X dev: development mode: more runtime checks and the default warning
    filters show more (python3 compatible; PYTHONDEVMODE=1 sets it too)
-X int_max_str_digits=N: limit int/str conversions to N decimal digits
    (0 for no limit; PYTHONINTMAXSTRDIGITS sets it too)
-X pycache_prefix=PATH: keep the compiled-code cache under PATH instead
    of __pycache__ directories beside the sources
-X utf8: accepted for python3 compatibility
-X warn_default_encoding: accepted for python3 compatibility
-X dump-ast: print the program's syntax tree as ast.dump(ast.parse(src),
    include_attributes=True) does, or its SyntaxError, and exit
-X nospecialize: run every instruction in its generic form
-X stats: print specialization counters to stderr at exit
`

const envHelp = `Environment variables that change behavior:
PYTHONPATH      : directories (separated by ':') put in front of the
                  default module search path (sys.path)
PYTHONHOME      : where the standard library lives: <prefix> or
                  <prefix>:<exec_prefix>
PYTHONSTARTUP   : a file run before the first prompt in interactive mode
PYTHONSAFEPATH  : if set, do not put the script's directory (or the
                  current directory) first on sys.path (as -P)
PYTHONINSPECT   : if set, go interactive after the program (as -i)
PYTHONUNBUFFERED: if set, do not buffer stdout and stderr (as -u)
PYTHONVERBOSE   : if set, trace imports (as -v)
PYTHONOPTIMIZE  : if set, remove assertions (as -O)
PYTHONDEBUG     : if set, parser debugging output (as -d)
PYTHONDONTWRITEBYTECODE: if set, write no compiled-code cache (as -B)
PYTHONNOUSERSITE: if set, leave the user site directory off sys.path (as -s)
PYTHONWARNINGS  : warning filters, separated by commas (as -W)
PYTHONHASHSEED  : 'random', or an integer in [0, 4294967295] that fixes
                  the hashes of str and bytes
PYTHONINTMAXSTRDIGITS: the int/str conversion digit limit (0: none)
PYTHONPYCACHEPREFIX: where to keep the compiled-code cache
PYTHONIOENCODING: encoding[:errors] of stdin, stdout and stderr
PYTHONDEVMODE   : if set, development mode (as -X dev)
KRAIT_STDLIB    : the CPython 3.11 Lib directory to use
`

// configureIntMaxStrDigits applies -X int_max_str_digits=N, else
// PYTHONINTMAXSTRDIGITS (unless -E or -I). It returns the name of the
// setting that is invalid, if one is.
func configureIntMaxStrDigits(c *cmdline) string {
	src, val := "", ""
	if v, ok := c.xopt("int_max_str_digits"); ok {
		src, val = "-X int_max_str_digits", v
	} else if v := os.Getenv("PYTHONINTMAXSTRDIGITS"); v != "" && runtime.SysConfig.Flags.IgnoreEnvironment == 0 {
		src, val = "PYTHONINTMAXSTRDIGITS", v
	}
	if src == "" {
		return ""
	}
	n, err := strconv.Atoi(val)
	if err != nil || n < 0 || (n != 0 && n < 640) {
		return src
	}
	runtime.SysConfig.Flags.IntMaxStrDigits = n
	runtime.SetIntMaxStrDigits(n)
	return ""
}
