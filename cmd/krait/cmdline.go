// This file defines the parsing of Krait's command line, which follows
// python3's: short options that may be grouped (-bB), options taking an
// argument attached or separate (-Xfoo, -X foo), --help and --version, and
// the first non-option argument (a script, -c cmd, -m mod or -) ending the
// options; everything after it belongs to the program's sys.argv.

package main

import (
	"fmt"
	"strings"
)

// cmdline is a parsed command line.
type cmdline struct {
	help     bool
	helpMore string   // "env", "xoptions" or "all" for --help-env and its kin
	version  int      // how many -V were given (-VV is verbose)
	xopts    []string // -X options, in order
	warnopts []string // -W options, in order
	flags    map[byte]int
	// checkHashPycs is --check-hash-based-pycs (default, always or never).
	checkHashPycs string

	// What to run: exactly one of command, module, script is set, or
	// none (read the program from stdin, as for "-").
	command string
	module  string
	script  string
	hasCmd  bool
	hasMod  bool
	dash    bool     // the program is "-" (sys.argv[0] is "-", not "")
	args    []string // the program's sys.argv[1:]
	rawArgs []string // every argument after the program name (sys.orig_argv[1:])
}

// usageError is a command-line mistake; CPython prints it with the usage
// line and exits with status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// flagLetters are python3's options without argument. Krait accepts them
// all so that scripts' shebang lines work; most have no effect yet.
const flagLetters = "bBdEhiIOPqRsSuvVx?"

// argLetters are the options that take an argument.
const argLetters = "cmWX"

// parseCmdline parses the arguments after the program name.
func parseCmdline(args []string) (*cmdline, error) {
	c := &cmdline{flags: map[byte]int{}, rawArgs: args}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--help":
			c.help = true
			continue
		case a == "--help-env" || a == "--help-xoptions" || a == "--help-all":
			c.helpMore = a[len("--help-"):]
			continue
		case a == "--version":
			c.version++
			continue
		case a == "--check-hash-based-pycs":
			if i+1 == len(args) {
				return nil, &usageError{"Argument expected for the --check-hash-based-pycs options"}
			}
			if v := args[i+1]; v != "default" && v != "always" && v != "never" {
				return nil, &usageError{"--check-hash-based-pycs must be one of 'default', 'always', or 'never'"}
			}
			c.checkHashPycs = args[i+1]
			i++
			continue
		case a == "--":
			return c.setScript(args[i+1:])
		case strings.HasPrefix(a, "--"):
			return nil, &usageError{"unknown option " + a}
		case a == "-" || !strings.HasPrefix(a, "-"):
			return c.setScript(args[i:])
		}
		consumed, done, err := c.shortOptions(a[1:], args[i+1:])
		if err != nil || done {
			return c, err
		}
		i += consumed
	}
	return c, nil
}

// setScript records rest[0] as the program (unless it is "-") and the rest
// as its arguments.
func (c *cmdline) setScript(rest []string) (*cmdline, error) {
	if len(rest) == 0 {
		return c, nil
	}
	if rest[0] != "-" {
		c.script = rest[0]
	} else {
		c.dash = true
	}
	c.args = rest[1:]
	return c, nil
}

// shortOptions parses one group like "bBX" or "c" with the following
// arguments available; it returns how many of them it consumed and whether
// the options ended (after -c or -m).
func (c *cmdline) shortOptions(group string, next []string) (int, bool, error) {
	for j := 0; j < len(group); j++ {
		ch := group[j]
		if strings.IndexByte(argLetters, ch) < 0 {
			if strings.IndexByte(flagLetters, ch) < 0 {
				return 0, false, &usageError{fmt.Sprintf("Unknown option: -%c", ch)}
			}
			c.flag(ch)
			continue
		}
		val, consumed := group[j+1:], 0
		if val == "" {
			if len(next) == 0 {
				return 0, false, &usageError{fmt.Sprintf("Argument expected for the -%c option", ch)}
			}
			val, consumed = next[0], 1
		}
		switch ch {
		case 'c':
			c.command, c.hasCmd, c.args = val, true, next[consumed:]
			return consumed, true, nil
		case 'm':
			c.module, c.hasMod, c.args = val, true, next[consumed:]
			return consumed, true, nil
		case 'X':
			c.xopts = append(c.xopts, val)
		case 'W':
			c.warnopts = append(c.warnopts, val)
		}
		return consumed, false, nil
	}
	return 0, false, nil
}

func (c *cmdline) flag(ch byte) {
	switch ch {
	case 'h', '?':
		c.help = true
	case 'V':
		c.version++
	default:
		c.flags[ch]++
	}
}

// xopt reports whether -X name (or -X name=value) was given, and its value.
func (c *cmdline) xopt(name string) (string, bool) {
	found, val := false, ""
	for _, x := range c.xopts {
		k, v, _ := strings.Cut(x, "=")
		if k == name {
			found, val = true, v
		}
	}
	return val, found
}
