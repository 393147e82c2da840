// This file defines the abstract syntax tree: one Go struct per node class of
// CPython 3.11's ast module, with the same field names (in the `py` tags, in
// CPython's _fields order) and the same position attributes.
//
// Conventions that make the tree a faithful image of CPython's:
//   - An optional identifier or string field (`identifier?`, `string?`) holds ""
//     for None; no such field can be empty in valid source.
//   - An optional node field holds nil for None; so can entries of Dict.Keys
//     (for `**d`) and Arguments.KwDefaults (a keyword-only argument without a
//     default).
//   - Constant.Value and MatchSingleton.Value hold one of: nil (None), bool,
//     int64 (an int that fits), *big.Int (one that does not), float64,
//     complex128 (an imaginary literal), string (a str, as UTF-8 in which lone
//     surrogates are encoded like other code points, i.e. WTF-8), Bytes, or
//     Ellipsis.
//   - Lineno/EndLineno are 1-based; ColOffset/EndColOffset are 0-based offsets
//     in UTF-8 bytes, as CPython reports them.

package syntax

// Pos is the source span that CPython records on most nodes.
type Pos struct {
	Lineno       int
	ColOffset    int
	EndLineno    int
	EndColOffset int
}

// GetPos returns the node's span; it lets code set or read positions through
// the Expr, Stmt and Pattern interfaces.
func (p *Pos) GetPos() *Pos { return p }

// Node is any node of the tree.
type Node interface{ node() }

// Mod is a root: *Module, *Interactive, *Expression or *FunctionType.
type Mod interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	GetPos() *Pos
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	GetPos() *Pos
	exprNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Node
	GetPos() *Pos
	patternNode()
}

// Bytes is the value of a bytes constant.
type Bytes string

// Ellipsis is the value of the constant `...`.
type Ellipsis struct{}

// ExprContext is ast.expr_context.
type ExprContext uint8

// The expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// Boolop is ast.boolop.
type Boolop uint8

// The boolean operators.
const (
	And Boolop = iota
	Or
)

// Operator is ast.operator, the binary operators.
type Operator uint8

// The binary operators, in CPython's order.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Modulo // ast.Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// Unaryop is ast.unaryop.
type Unaryop uint8

// The unary operators.
const (
	Invert Unaryop = iota
	Not
	UAdd
	USub
)

// Cmpop is ast.cmpop.
type Cmpop uint8

// The comparison operators.
const (
	Eq Cmpop = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// Pass is ast.Pass.
type Pass struct{ Pos }

// Break is ast.Break.
type Break struct{ Pos }

// Continue is ast.Continue.
type Continue struct{ Pos }

// Expression is ast.Expression: Expression(expr body).
type Expression struct {
	Body Expr `py:"body"`
}

// FunctionType is ast.FunctionType: FunctionType(expr* argtypes, expr returns).
type FunctionType struct {
	Argtypes []Expr `py:"argtypes"`
	Returns  Expr   `py:"returns"`
}

// Interactive is ast.Interactive: Interactive(stmt* body).
type Interactive struct {
	Body []Stmt `py:"body"`
}

// Module is ast.Module: Module(stmt* body, type_ignore* type_ignores).
type Module struct {
	Body        []Stmt        `py:"body"`
	TypeIgnores []*TypeIgnore `py:"type_ignores"`
}

// AnnAssign is ast.AnnAssign: AnnAssign(expr target, expr annotation, expr? value, int simple).
type AnnAssign struct {
	Pos
	Target     Expr `py:"target"`
	Annotation Expr `py:"annotation"`
	Value      Expr `py:"value"`
	Simple     int  `py:"simple"`
}

// Assert is ast.Assert: Assert(expr test, expr? msg).
type Assert struct {
	Pos
	Test Expr `py:"test"`
	Msg  Expr `py:"msg"`
}

// Assign is ast.Assign: Assign(expr* targets, expr value, string? type_comment).
type Assign struct {
	Pos
	Targets     []Expr `py:"targets"`
	Value       Expr   `py:"value"`
	TypeComment string `py:"type_comment"`
}

// AsyncFor is ast.AsyncFor: AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment).
type AsyncFor struct {
	Pos
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment"`
}

// AsyncFunctionDef is ast.AsyncFunctionDef: AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment).
type AsyncFunctionDef struct {
	Pos
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns"`
	TypeComment   string     `py:"type_comment"`
}

// AsyncWith is ast.AsyncWith: AsyncWith(withitem* items, stmt* body, string? type_comment).
type AsyncWith struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment"`
}

// AugAssign is ast.AugAssign: AugAssign(expr target, operator op, expr value).
type AugAssign struct {
	Pos
	Target Expr     `py:"target"`
	Op     Operator `py:"op"`
	Value  Expr     `py:"value"`
}

// ClassDef is ast.ClassDef: ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list).
type ClassDef struct {
	Pos
	Name          string     `py:"name"`
	Bases         []Expr     `py:"bases"`
	Keywords      []*Keyword `py:"keywords"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
}

// Delete is ast.Delete: Delete(expr* targets).
type Delete struct {
	Pos
	Targets []Expr `py:"targets"`
}

// ExprStmt is ast.Expr: Expr(expr value).
type ExprStmt struct {
	Pos
	Value Expr `py:"value"`
}

// For is ast.For: For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment).
type For struct {
	Pos
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment"`
}

// FunctionDef is ast.FunctionDef: FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment).
type FunctionDef struct {
	Pos
	Name          string     `py:"name"`
	Args          *Arguments `py:"args"`
	Body          []Stmt     `py:"body"`
	DecoratorList []Expr     `py:"decorator_list"`
	Returns       Expr       `py:"returns"`
	TypeComment   string     `py:"type_comment"`
}

// Global is ast.Global: Global(identifier* names).
type Global struct {
	Pos
	Names []string `py:"names"`
}

// If is ast.If: If(expr test, stmt* body, stmt* orelse).
type If struct {
	Pos
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

// Import is ast.Import: Import(alias* names).
type Import struct {
	Pos
	Names []*Alias `py:"names"`
}

// ImportFrom is ast.ImportFrom: ImportFrom(identifier? module, alias* names, int? level).
type ImportFrom struct {
	Pos
	Module string   `py:"module"`
	Names  []*Alias `py:"names"`
	Level  int      `py:"level"`
}

// Match is ast.Match: Match(expr subject, match_case* cases).
type Match struct {
	Pos
	Subject Expr         `py:"subject"`
	Cases   []*MatchCase `py:"cases"`
}

// Nonlocal is ast.Nonlocal: Nonlocal(identifier* names).
type Nonlocal struct {
	Pos
	Names []string `py:"names"`
}

// Raise is ast.Raise: Raise(expr? exc, expr? cause).
type Raise struct {
	Pos
	Exc   Expr `py:"exc"`
	Cause Expr `py:"cause"`
}

// Return is ast.Return: Return(expr? value).
type Return struct {
	Pos
	Value Expr `py:"value"`
}

// Try is ast.Try: Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody).
type Try struct {
	Pos
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

// TryStar is ast.TryStar: TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody).
type TryStar struct {
	Pos
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

// While is ast.While: While(expr test, stmt* body, stmt* orelse).
type While struct {
	Pos
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

// With is ast.With: With(withitem* items, stmt* body, string? type_comment).
type With struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment"`
}

// Attribute is ast.Attribute: Attribute(expr value, identifier attr, expr_context ctx).
type Attribute struct {
	Pos
	Value Expr        `py:"value"`
	Attr  string      `py:"attr"`
	Ctx   ExprContext `py:"ctx"`
}

// Await is ast.Await: Await(expr value).
type Await struct {
	Pos
	Value Expr `py:"value"`
}

// BinOp is ast.BinOp: BinOp(expr left, operator op, expr right).
type BinOp struct {
	Pos
	Left  Expr     `py:"left"`
	Op    Operator `py:"op"`
	Right Expr     `py:"right"`
}

// BoolOp is ast.BoolOp: BoolOp(boolop op, expr* values).
type BoolOp struct {
	Pos
	Op     Boolop `py:"op"`
	Values []Expr `py:"values"`
}

// Call is ast.Call: Call(expr func, expr* args, keyword* keywords).
type Call struct {
	Pos
	Func     Expr       `py:"func"`
	Args     []Expr     `py:"args"`
	Keywords []*Keyword `py:"keywords"`
}

// Compare is ast.Compare: Compare(expr left, cmpop* ops, expr* comparators).
type Compare struct {
	Pos
	Left        Expr    `py:"left"`
	Ops         []Cmpop `py:"ops"`
	Comparators []Expr  `py:"comparators"`
}

// Constant is ast.Constant: Constant(constant value, string? kind).
type Constant struct {
	Pos
	Value any    `py:"value"`
	Kind  string `py:"kind"`
}

// Dict is ast.Dict: Dict(expr* keys, expr* values).
type Dict struct {
	Pos
	Keys   []Expr `py:"keys"`
	Values []Expr `py:"values"`
}

// DictComp is ast.DictComp: DictComp(expr key, expr value, comprehension* generators).
type DictComp struct {
	Pos
	Key        Expr             `py:"key"`
	Value      Expr             `py:"value"`
	Generators []*Comprehension `py:"generators"`
}

// FormattedValue is ast.FormattedValue: FormattedValue(expr value, int conversion, expr? format_spec).
type FormattedValue struct {
	Pos
	Value      Expr `py:"value"`
	Conversion int  `py:"conversion"`
	FormatSpec Expr `py:"format_spec"`
}

// GeneratorExp is ast.GeneratorExp: GeneratorExp(expr elt, comprehension* generators).
type GeneratorExp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// IfExp is ast.IfExp: IfExp(expr test, expr body, expr orelse).
type IfExp struct {
	Pos
	Test   Expr `py:"test"`
	Body   Expr `py:"body"`
	Orelse Expr `py:"orelse"`
}

// JoinedStr is ast.JoinedStr: JoinedStr(expr* values).
type JoinedStr struct {
	Pos
	Values []Expr `py:"values"`
}

// Lambda is ast.Lambda: Lambda(arguments args, expr body).
type Lambda struct {
	Pos
	Args *Arguments `py:"args"`
	Body Expr       `py:"body"`
}

// List is ast.List: List(expr* elts, expr_context ctx).
type List struct {
	Pos
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// ListComp is ast.ListComp: ListComp(expr elt, comprehension* generators).
type ListComp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// Name is ast.Name: Name(identifier id, expr_context ctx).
type Name struct {
	Pos
	Id  string      `py:"id"`
	Ctx ExprContext `py:"ctx"`
}

// NamedExpr is ast.NamedExpr: NamedExpr(expr target, expr value).
type NamedExpr struct {
	Pos
	Target Expr `py:"target"`
	Value  Expr `py:"value"`
}

// Set is ast.Set: Set(expr* elts).
type Set struct {
	Pos
	Elts []Expr `py:"elts"`
}

// SetComp is ast.SetComp: SetComp(expr elt, comprehension* generators).
type SetComp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// Slice is ast.Slice: Slice(expr? lower, expr? upper, expr? step).
type Slice struct {
	Pos
	Lower Expr `py:"lower"`
	Upper Expr `py:"upper"`
	Step  Expr `py:"step"`
}

// Starred is ast.Starred: Starred(expr value, expr_context ctx).
type Starred struct {
	Pos
	Value Expr        `py:"value"`
	Ctx   ExprContext `py:"ctx"`
}

// Subscript is ast.Subscript: Subscript(expr value, expr slice, expr_context ctx).
type Subscript struct {
	Pos
	Value Expr        `py:"value"`
	Slice Expr        `py:"slice"`
	Ctx   ExprContext `py:"ctx"`
}

// Tuple is ast.Tuple: Tuple(expr* elts, expr_context ctx).
type Tuple struct {
	Pos
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// UnaryOp is ast.UnaryOp: UnaryOp(unaryop op, expr operand).
type UnaryOp struct {
	Pos
	Op      Unaryop `py:"op"`
	Operand Expr    `py:"operand"`
}

// Yield is ast.Yield: Yield(expr? value).
type Yield struct {
	Pos
	Value Expr `py:"value"`
}

// YieldFrom is ast.YieldFrom: YieldFrom(expr value).
type YieldFrom struct {
	Pos
	Value Expr `py:"value"`
}

// ExceptHandler is ast.ExceptHandler: ExceptHandler(expr? type, identifier? name, stmt* body).
type ExceptHandler struct {
	Pos
	Type Expr   `py:"type"`
	Name string `py:"name"`
	Body []Stmt `py:"body"`
}

// MatchAs is ast.MatchAs: MatchAs(pattern? pattern, identifier? name).
type MatchAs struct {
	Pos
	Pattern Pattern `py:"pattern"`
	Name    string  `py:"name"`
}

// MatchClass is ast.MatchClass: MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns).
type MatchClass struct {
	Pos
	Cls         Expr      `py:"cls"`
	Patterns    []Pattern `py:"patterns"`
	KwdAttrs    []string  `py:"kwd_attrs"`
	KwdPatterns []Pattern `py:"kwd_patterns"`
}

// MatchMapping is ast.MatchMapping: MatchMapping(expr* keys, pattern* patterns, identifier? rest).
type MatchMapping struct {
	Pos
	Keys     []Expr    `py:"keys"`
	Patterns []Pattern `py:"patterns"`
	Rest     string    `py:"rest"`
}

// MatchOr is ast.MatchOr: MatchOr(pattern* patterns).
type MatchOr struct {
	Pos
	Patterns []Pattern `py:"patterns"`
}

// MatchSequence is ast.MatchSequence: MatchSequence(pattern* patterns).
type MatchSequence struct {
	Pos
	Patterns []Pattern `py:"patterns"`
}

// MatchSingleton is ast.MatchSingleton: MatchSingleton(constant value).
type MatchSingleton struct {
	Pos
	Value any `py:"value"`
}

// MatchStar is ast.MatchStar: MatchStar(identifier? name).
type MatchStar struct {
	Pos
	Name string `py:"name"`
}

// MatchValue is ast.MatchValue: MatchValue(expr value).
type MatchValue struct {
	Pos
	Value Expr `py:"value"`
}

// TypeIgnore is ast.TypeIgnore: TypeIgnore(int lineno, string tag).
type TypeIgnore struct {
	Lineno int    `py:"lineno"`
	Tag    string `py:"tag"`
}

// Alias is ast.alias: alias(identifier name, identifier? asname).
type Alias struct {
	Pos
	Name   string `py:"name"`
	Asname string `py:"asname"`
}

// Arg is ast.arg: arg(identifier arg, expr? annotation, string? type_comment).
type Arg struct {
	Pos
	Arg         string `py:"arg"`
	Annotation  Expr   `py:"annotation"`
	TypeComment string `py:"type_comment"`
}

// Arguments is ast.arguments: arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults).
type Arguments struct {
	Posonlyargs []*Arg `py:"posonlyargs"`
	Args        []*Arg `py:"args"`
	Vararg      *Arg   `py:"vararg"`
	Kwonlyargs  []*Arg `py:"kwonlyargs"`
	KwDefaults  []Expr `py:"kw_defaults"`
	Kwarg       *Arg   `py:"kwarg"`
	Defaults    []Expr `py:"defaults"`
}

// Comprehension is ast.comprehension: comprehension(expr target, expr iter, expr* ifs, int is_async).
type Comprehension struct {
	Target  Expr   `py:"target"`
	Iter    Expr   `py:"iter"`
	Ifs     []Expr `py:"ifs"`
	IsAsync int    `py:"is_async"`
}

// Keyword is ast.keyword: keyword(identifier? arg, expr value).
type Keyword struct {
	Pos
	Arg   string `py:"arg"`
	Value Expr   `py:"value"`
}

// MatchCase is ast.match_case: match_case(pattern pattern, expr? guard, stmt* body).
type MatchCase struct {
	Pattern Pattern `py:"pattern"`
	Guard   Expr    `py:"guard"`
	Body    []Stmt  `py:"body"`
}

// WithItem is ast.withitem: withitem(expr context_expr, expr? optional_vars).
type WithItem struct {
	ContextExpr  Expr `py:"context_expr"`
	OptionalVars Expr `py:"optional_vars"`
}

func (*Expression) node()            {}
func (*Expression) modNode()         {}
func (*FunctionType) node()          {}
func (*FunctionType) modNode()       {}
func (*Interactive) node()           {}
func (*Interactive) modNode()        {}
func (*Module) node()                {}
func (*Module) modNode()             {}
func (*AnnAssign) node()             {}
func (*AnnAssign) stmtNode()         {}
func (*Assert) node()                {}
func (*Assert) stmtNode()            {}
func (*Assign) node()                {}
func (*Assign) stmtNode()            {}
func (*AsyncFor) node()              {}
func (*AsyncFor) stmtNode()          {}
func (*AsyncFunctionDef) node()      {}
func (*AsyncFunctionDef) stmtNode()  {}
func (*AsyncWith) node()             {}
func (*AsyncWith) stmtNode()         {}
func (*AugAssign) node()             {}
func (*AugAssign) stmtNode()         {}
func (*ClassDef) node()              {}
func (*ClassDef) stmtNode()          {}
func (*Delete) node()                {}
func (*Delete) stmtNode()            {}
func (*ExprStmt) node()              {}
func (*ExprStmt) stmtNode()          {}
func (*For) node()                   {}
func (*For) stmtNode()               {}
func (*FunctionDef) node()           {}
func (*FunctionDef) stmtNode()       {}
func (*Global) node()                {}
func (*Global) stmtNode()            {}
func (*If) node()                    {}
func (*If) stmtNode()                {}
func (*Import) node()                {}
func (*Import) stmtNode()            {}
func (*ImportFrom) node()            {}
func (*ImportFrom) stmtNode()        {}
func (*Match) node()                 {}
func (*Match) stmtNode()             {}
func (*Nonlocal) node()              {}
func (*Nonlocal) stmtNode()          {}
func (*Raise) node()                 {}
func (*Raise) stmtNode()             {}
func (*Return) node()                {}
func (*Return) stmtNode()            {}
func (*Try) node()                   {}
func (*Try) stmtNode()               {}
func (*TryStar) node()               {}
func (*TryStar) stmtNode()           {}
func (*While) node()                 {}
func (*While) stmtNode()             {}
func (*With) node()                  {}
func (*With) stmtNode()              {}
func (*Attribute) node()             {}
func (*Attribute) exprNode()         {}
func (*Await) node()                 {}
func (*Await) exprNode()             {}
func (*BinOp) node()                 {}
func (*BinOp) exprNode()             {}
func (*BoolOp) node()                {}
func (*BoolOp) exprNode()            {}
func (*Call) node()                  {}
func (*Call) exprNode()              {}
func (*Compare) node()               {}
func (*Compare) exprNode()           {}
func (*Constant) node()              {}
func (*Constant) exprNode()          {}
func (*Dict) node()                  {}
func (*Dict) exprNode()              {}
func (*DictComp) node()              {}
func (*DictComp) exprNode()          {}
func (*FormattedValue) node()        {}
func (*FormattedValue) exprNode()    {}
func (*GeneratorExp) node()          {}
func (*GeneratorExp) exprNode()      {}
func (*IfExp) node()                 {}
func (*IfExp) exprNode()             {}
func (*JoinedStr) node()             {}
func (*JoinedStr) exprNode()         {}
func (*Lambda) node()                {}
func (*Lambda) exprNode()            {}
func (*List) node()                  {}
func (*List) exprNode()              {}
func (*ListComp) node()              {}
func (*ListComp) exprNode()          {}
func (*Name) node()                  {}
func (*Name) exprNode()              {}
func (*NamedExpr) node()             {}
func (*NamedExpr) exprNode()         {}
func (*Set) node()                   {}
func (*Set) exprNode()               {}
func (*SetComp) node()               {}
func (*SetComp) exprNode()           {}
func (*Slice) node()                 {}
func (*Slice) exprNode()             {}
func (*Starred) node()               {}
func (*Starred) exprNode()           {}
func (*Subscript) node()             {}
func (*Subscript) exprNode()         {}
func (*Tuple) node()                 {}
func (*Tuple) exprNode()             {}
func (*UnaryOp) node()               {}
func (*UnaryOp) exprNode()           {}
func (*Yield) node()                 {}
func (*Yield) exprNode()             {}
func (*YieldFrom) node()             {}
func (*YieldFrom) exprNode()         {}
func (*ExceptHandler) node()         {}
func (*MatchAs) node()               {}
func (*MatchAs) patternNode()        {}
func (*MatchClass) node()            {}
func (*MatchClass) patternNode()     {}
func (*MatchMapping) node()          {}
func (*MatchMapping) patternNode()   {}
func (*MatchOr) node()               {}
func (*MatchOr) patternNode()        {}
func (*MatchSequence) node()         {}
func (*MatchSequence) patternNode()  {}
func (*MatchSingleton) node()        {}
func (*MatchSingleton) patternNode() {}
func (*MatchStar) node()             {}
func (*MatchStar) patternNode()      {}
func (*MatchValue) node()            {}
func (*MatchValue) patternNode()     {}
func (*TypeIgnore) node()            {}
func (*Alias) node()                 {}
func (*Arg) node()                   {}
func (*Arguments) node()             {}
func (*Comprehension) node()         {}
func (*Keyword) node()               {}
func (*MatchCase) node()             {}
func (*WithItem) node()              {}
func (*Pass) node()                  {}
func (*Pass) stmtNode()              {}
func (*Break) node()                 {}
func (*Break) stmtNode()             {}
func (*Continue) node()              {}
func (*Continue) stmtNode()          {}
