// This file tests Dump and the constant reprs differentially against
// python3.11: each case is a hand-built Go tree paired with the Python
// expression that builds the same tree with the ast module.

package syntax

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// python311 returns the oracle's path or skips the test.
func dumpOracle(t testing.TB) string {
	p, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	return p
}

// runPython runs script under python3.11 with stdin and returns stdout.
func runDumpOracle(t testing.TB, script, stdin string) string {
	cmd := exec.Command(dumpOracle(t), "-c", script)
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v", err)
	}
	return string(out)
}

func dpos(l, c, el, ec int) Pos { return Pos{l, c, el, ec} }

func dname(id string, ctx ExprContext, pos Pos) *Name {
	return &Name{Pos: pos, Id: id, Ctx: ctx}
}

func dconst(v any, pos Pos) *Constant { return &Constant{Pos: pos, Value: v} }

type dumpCase struct {
	tree Node
	py   string // a Python expression building the same tree, ast imported *
}

var dumpCases = []dumpCase{
	{&Module{Body: []Stmt{&Pass{dpos(1, 0, 1, 4)}}},
		"Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[])"},
	{&ExprStmt{Pos: dpos(2, 1, 3, 4), Value: &BinOp{Pos: dpos(2, 1, 2, 6), Left: dname("a", Load, dpos(2, 1, 2, 2)), Op: Modulo, Right: dconst(int64(-7), dpos(2, 5, 2, 6))}},
		"Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), op=Mod(), right=Constant(value=-7, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6), lineno=2, col_offset=1, end_lineno=2, end_col_offset=6), lineno=2, col_offset=1, end_lineno=3, end_col_offset=4)"},
	{&ImportFrom{Names: []*Alias{{Name: "x", Asname: "y"}, {Name: "*"}}, Level: 2},
		"ImportFrom(names=[alias(name='x', asname='y', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), alias(name='*', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], level=2, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&ImportFrom{Module: "os.path", Names: []*Alias{{Name: "x"}}},
		"ImportFrom(module='os.path', names=[alias(name='x', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], level=0, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&Global{Names: []string{"a", "b"}}, "Global(names=['a', 'b'], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&Compare{Left: dname("a", Load, Pos{}), Ops: []Cmpop{Eq, NotIn, IsNot, LtE}, Comparators: []Expr{dname("b", Load, Pos{}), dname("c", Load, Pos{}), dname("d", Load, Pos{}), dname("e", Load, Pos{})}},
		"Compare(left=Name(id='a', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), ops=[Eq(), NotIn(), IsNot(), LtE()], comparators=[Name(id='b', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), Name(id='c', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), Name(id='d', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), Name(id='e', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&Dict{Keys: []Expr{nil, dconst(true, Pos{})}, Values: []Expr{dconst(nil, Pos{}), dconst(Ellipsis{}, Pos{})}},
		"Dict(keys=[None, Constant(value=True, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], values=[Constant(value=None, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), Constant(value=Ellipsis, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&Constant{Value: "x'y", Kind: "u"}, "Constant(value=\"x'y\", kind='u', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&Lambda{Args: &Arguments{Posonlyargs: []*Arg{{Arg: "a"}}, Vararg: &Arg{Arg: "c", Annotation: dname("int", Load, Pos{})}, Kwonlyargs: []*Arg{{Arg: "d"}, {Arg: "e"}}, KwDefaults: []Expr{nil, dconst(int64(2), Pos{})}, Kwarg: &Arg{Arg: "f", TypeComment: "int"}}, Body: dconst(int64(0), Pos{})},
		"Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], args=[], vararg=arg(arg='c', annotation=Name(id='int', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), kwonlyargs=[arg(arg='d', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), arg(arg='e', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], kw_defaults=[None, Constant(value=2, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], kwarg=arg(arg='f', type_comment='int', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), defaults=[]), body=Constant(value=0, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&Call{Func: dname("f", Load, Pos{}), Keywords: []*Keyword{{Arg: "k", Value: dconst(1.5, Pos{})}, {Value: dname("kw", Load, Pos{})}}},
		"Call(func=Name(id='f', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), args=[], keywords=[keyword(arg='k', value=Constant(value=1.5, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), keyword(value=Name(id='kw', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&Try{Handlers: []*ExceptHandler{{Type: dname("E", Load, Pos{}), Name: "e", Body: []Stmt{&Pass{}}}, {Body: []Stmt{&Break{}, &Continue{}}}}, Finalbody: []Stmt{&Delete{Targets: []Expr{dname("x", Del, Pos{})}}}},
		"Try(body=[], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), name='e', body=[Pass(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), ExceptHandler(body=[Break(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), Continue(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], orelse=[], finalbody=[Delete(targets=[Name(id='x', ctx=Del(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&Match{Subject: dname("x", Load, Pos{}), Cases: []*MatchCase{{Pattern: &MatchOr{Patterns: []Pattern{&MatchSequence{Patterns: []Pattern{&MatchStar{}, &MatchStar{Name: "r"}}}, &MatchMapping{Keys: []Expr{dconst("a", Pos{})}, Patterns: []Pattern{&MatchAs{}}, Rest: "r"}, &MatchClass{Cls: dname("C", Load, Pos{}), KwdAttrs: []string{"a"}, KwdPatterns: []Pattern{&MatchValue{Value: dconst(int64(1), Pos{})}}}, &MatchSingleton{}, &MatchAs{Pattern: &MatchSingleton{Value: false}, Name: "z"}}}, Guard: dname("g", Load, Pos{})}}},
		"Match(subject=Name(id='x', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchStar(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), MatchStar(name='r', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), MatchMapping(keys=[Constant(value='a', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], patterns=[MatchAs(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], rest='r', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), MatchClass(cls=Name(id='C', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), patterns=[], kwd_attrs=['a'], kwd_patterns=[MatchValue(value=Constant(value=1, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), MatchSingleton(value=None, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), MatchAs(pattern=MatchSingleton(value=False, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), name='z', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), guard=Name(id='g', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), body=[])], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&With{Items: []*WithItem{{ContextExpr: dname("a", Load, Pos{}), OptionalVars: &Tuple{Elts: []Expr{&Starred{Value: dname("b", Store, Pos{}), Ctx: Store}}, Ctx: Store}}, {ContextExpr: dname("c", Load, Pos{})}}},
		"With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), optional_vars=Tuple(elts=[Starred(value=Name(id='b', ctx=Store(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), ctx=Store(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], ctx=Store(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0))], body=[], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&ListComp{Elt: &UnaryOp{Op: USub, Operand: dname("x", Load, Pos{})}, Generators: []*Comprehension{{Target: dname("x", Store, Pos{}), Iter: dname("y", Load, Pos{}), Ifs: []Expr{&BoolOp{Op: Or, Values: []Expr{dname("a", Load, Pos{}), &Await{Value: dname("b", Load, Pos{})}}}}, IsAsync: 1}}},
		"ListComp(elt=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), iter=Name(id='y', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), ifs=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), Await(value=Name(id='b', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], is_async=1)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&JoinedStr{Values: []Expr{dconst("a\n", Pos{}), &FormattedValue{Value: dname("x", Load, Pos{}), Conversion: 114, FormatSpec: &JoinedStr{Values: []Expr{dconst(">10", Pos{})}}}, &FormattedValue{Value: dname("y", Load, Pos{}), Conversion: -1}}},
		"JoinedStr(values=[Constant(value='a\\n', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), FormattedValue(value=Name(id='x', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), conversion=114, format_spec=JoinedStr(values=[Constant(value='>10', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), FormattedValue(value=Name(id='y', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), conversion=-1, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&FunctionDef{Name: "f", Args: &Arguments{}, Body: []Stmt{&Return{}, &Raise{Exc: dname("E", Load, Pos{})}, &Assert{Test: dname("t", Load, Pos{})}}, DecoratorList: []Expr{&Attribute{Value: dname("a", Load, Pos{}), Attr: "b", Ctx: Load}}, Returns: &Subscript{Value: dname("l", Load, Pos{}), Slice: &Slice{Step: dconst(int64(3), Pos{})}, Ctx: Load}, TypeComment: "() -> None"},
		"FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), Raise(exc=Name(id='E', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), Assert(test=Name(id='t', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], decorator_list=[Attribute(value=Name(id='a', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), attr='b', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], returns=Subscript(value=Name(id='l', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), slice=Slice(step=Constant(value=3, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), type_comment='() -> None', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
	{&Module{TypeIgnores: []*TypeIgnore{{Lineno: 3, Tag: ""}, {Lineno: 4, Tag: "[x]"}}}, "Module(body=[], type_ignores=[TypeIgnore(lineno=3, tag=''), TypeIgnore(lineno=4, tag='[x]')])"},
	{&Expression{Body: &Yield{}}, "Expression(body=Yield(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0))"},
	{&Interactive{Body: []Stmt{&AugAssign{Target: dname("x", Store, Pos{}), Op: FloorDiv, Value: &IfExp{Test: dconst(Bytes("\x00'\""), Pos{}), Body: dconst(complex(0, 1e16), Pos{}), Orelse: dconst(new(big.Int).Lsh(big.NewInt(1), 100), Pos{})}}}},
		"Interactive(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), op=FloorDiv(), value=IfExp(test=Constant(value=b'\\x00\\'\"', lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), body=Constant(value=1e16j, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), orelse=Constant(value=1267650600228229401496703205376, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)])"},
	{&FunctionType{Argtypes: []Expr{dname("int", Load, Pos{})}, Returns: &Set{}}, "FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], returns=Set(elts=[], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0))"},
	{&ClassDef{Name: "C", Bases: []Expr{dname("B", Load, Pos{})}, Keywords: []*Keyword{{Arg: "metaclass", Value: dname("M", Load, Pos{})}}, Body: []Stmt{&AnnAssign{Target: dname("x", Store, Pos{}), Annotation: dname("int", Load, Pos{}), Simple: 1}, &Nonlocal{Names: []string{"q"}}}},
		"ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), annotation=Name(id='int', ctx=Load(), lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), simple=1, lineno=0, col_offset=0, end_lineno=0, end_col_offset=0), Nonlocal(names=['q'], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)], decorator_list=[], lineno=0, col_offset=0, end_lineno=0, end_col_offset=0)"},
}

// TestDumpCases checks Dump on hand-built trees, with and without attributes,
// against ast.dump of the same tree rebuilt by python3.11 from its dump
// (ast.dump with attributes is valid Python that rebuilds the tree).
func TestDumpCases(t *testing.T) {
	const script = `
import ast, sys, json
from ast import *
Ellipsis = ...
for line in sys.stdin:
    n = eval(json.loads(line))
    print(json.dumps([ast.dump(n, include_attributes=True), ast.dump(n)]))
`
	var in strings.Builder
	for _, c := range dumpCases {
		b, _ := json.Marshal(c.py)
		in.Write(b)
		in.WriteByte('\n')
	}
	out := runDumpOracle(t, script, in.String())
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for i, c := range dumpCases {
		if !sc.Scan() {
			t.Fatalf("python3.11 gave too few lines")
		}
		var want [2]string
		if err := json.Unmarshal(sc.Bytes(), &want); err != nil {
			t.Fatal(err)
		}
		if got := Dump(c.tree, true); got != want[0] {
			t.Errorf("case %d with attributes:\n got %s\nwant %s", i, got, want[0])
		}
		if got := Dump(c.tree, false); got != want[1] {
			t.Errorf("case %d without attributes:\n got %s\nwant %s", i, got, want[1])
		}
	}
}

// TestReprStr compares ReprStr with repr() over tricky strings, including
// every code point class boundary and lone surrogates.
func TestReprStr(t *testing.T) {
	strs := []string{"", "'", "\"", "'\"", "a'b", "\\", "\t\n\r\x00\x1f\x7f", "\u0080\u00a0\u00ad\u00ff",
		"\u0100\u2028\u3000 \ufeff\uffff", "\U0001F600\U000E0001\U0010FFFF", "é中文", "\U00031350\u0cf3"}
	r := rand.New(rand.NewSource(1))
	for range 300 {
		var b strings.Builder
		for range 4 {
			switch r.Intn(3) {
			case 0:
				b.WriteRune(rune(r.Intn(0x300)))
			case 1:
				b.WriteRune(rune(r.Intn(0x10000)))
			default:
				b.WriteRune(rune(r.Intn(0x110000)))
			}
		}
		strs = append(strs, b.String())
	}
	// The script reads code point lists, since JSON cannot carry surrogates
	// through Go's encoder.
	var in strings.Builder
	var goStrs []string
	for _, s := range strs {
		cps := []rune(s)
		goStrs = append(goStrs, s)
		b, _ := json.Marshal(cps)
		in.Write(b)
		in.WriteByte('\n')
	}
	surr := []rune{0xd800, 'a', 0xdfff, 0xdc80}
	b, _ := json.Marshal(surr)
	in.Write(b)
	in.WriteByte('\n')
	goStrs = append(goStrs, "\xed\xa0\x80a\xed\xbf\xbf\xed\xb2\x80")
	out := runDumpOracle(t, `
import sys, json
for line in sys.stdin:
    s = ''.join(map(chr, json.loads(line)))
    print(json.dumps([ord(c) for c in repr(s)]))
`, in.String())
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for i, s := range goStrs {
		var cps []rune
		if err := json.Unmarshal([]byte(lines[i]), &cps); err != nil {
			t.Fatal(err)
		}
		if got, want := ReprStr(s), string(cps); got != want {
			t.Errorf("ReprStr(%+q) = %s, want %s", s, got, want)
		}
	}
}

// TestIsPrintable checks IsPrintable against str.isprintable for every code
// point.
func TestIsPrintable(t *testing.T) {
	out := runDumpOracle(t, `
import sys
sys.stdout.write(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000)))
`, "")
	if len(out) != 0x110000 {
		t.Fatalf("got %d flags", len(out))
	}
	bad := 0
	for c := range rune(0x110000) {
		if IsPrintable(c) != (out[c] == '1') {
			if bad++; bad < 10 {
				t.Errorf("IsPrintable(%U) = %v, python3.11 says %c", c, IsPrintable(c), out[c])
			}
		}
	}
}

// TestReprNumbers compares ReprFloat, ReprComplex and ReprBytes with repr().
func TestReprNumbers(t *testing.T) {
	floats := []float64{0, 1, 1.5, 0.1, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 0.00012, 1.5e-5, 123456789012345678,
		1e22, 1e300, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), -2.5, 1 / 3.0, 2.0 / 3, 100, 1e100}
	r := rand.New(rand.NewSource(2))
	for range 2000 {
		floats = append(floats, math.Float64frombits(r.Uint64()))
		floats = append(floats, math.Ldexp(r.Float64(), r.Intn(120)-60))
		floats = append(floats, float64(r.Intn(1e6))/math.Pow10(r.Intn(10)))
	}
	var in strings.Builder
	for _, f := range floats {
		fmt.Fprintf(&in, "%x\n", f)
	}
	out := runDumpOracle(t, `
import sys
for line in sys.stdin:
    f = float.fromhex(line)
    print(repr(f), repr(complex(0, f)), repr(complex(f, -f)), repr(complex(-0.0, f)))
`, in.String())
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for i, f := range floats {
		got := strings.Join([]string{ReprFloat(f), ReprComplex(complex(0, f)), ReprComplex(complex(f, -f)), ReprComplex(complex(math.Copysign(0, -1), f))}, " ")
		if got != lines[i] {
			t.Errorf("repr(%x): got %s, want %s", f, got, lines[i])
		}
	}
	var bin strings.Builder
	var bs []string
	for i := range 256 {
		bs = append(bs, string([]byte{byte(i), 'a'}))
	}
	bs = append(bs, "'", "\"", "'\"", "")
	for _, s := range bs {
		b, _ := json.Marshal([]byte(s))
		bin.Write(b)
		bin.WriteByte('\n')
	}
	bout := runDumpOracle(t, `
import sys, json, base64
for line in sys.stdin:
    print(repr(base64.b64decode(json.loads(line))))
`, bin.String())
	blines := strings.Split(strings.TrimSuffix(bout, "\n"), "\n")
	for i, s := range bs {
		if got := ReprBytes(s); got != blines[i] {
			t.Errorf("ReprBytes(%q) = %s, want %s", s, got, blines[i])
		}
	}
}

// benchTree builds a module of n statements mixing common node types.
func benchTree(n int) *Module {
	m := &Module{}
	for i := range n {
		pos := dpos(i+1, 0, i+1, 30)
		call := &Call{Pos: pos, Func: &Attribute{Pos: pos, Value: dname("self", Load, pos), Attr: "method", Ctx: Load},
			Args:     []Expr{dconst("some text", pos), &BinOp{Pos: pos, Left: dname("x", Load, pos), Op: Add, Right: dconst(int64(i), pos)}},
			Keywords: []*Keyword{{Pos: pos, Arg: "key", Value: dconst(1.5, pos)}}}
		m.Body = append(m.Body, &Assign{Pos: pos, Targets: []Expr{dname("y", Store, pos)}, Value: call})
	}
	return m
}

func BenchmarkDump(b *testing.B) {
	tree := benchTree(1000)
	size := len(Dump(tree, true))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Dump(tree, true)
	}
}
