// Command go2scenario writes the GoroLab scenario JSON of a bundled Go program, so that every
// statement's "line" matches the Go file by construction.
//
// Usage (from the repository root):
//
//	go run ./tools/go2scenario -texts tools/scenario-texts.json -library <library dir> [ID...]
//
// The statements come from the Go file's syntax tree; the texts (title, description, what to
// watch, GOMAXPROCS) and the replacements of Go code the simulator models differently (a busy
// loop becomes {"work": "200ms"}, syscall.Nanosleep becomes {"syscall": "100ms"}) come from the
// texts file, keyed by line.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Texts is what a person writes about one scenario.
type Texts struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	WhatToWatch string `json:"whatToWatch"`
	// Chinese texts, emitted only once the format has keys for them (see -zh-keys).
	TitleZh       string `json:"titleZh,omitempty"`
	DescriptionZh string `json:"descriptionZh,omitempty"`
	WhatToWatchZh string `json:"whatToWatchZh,omitempty"`
	Gomaxprocs    int    `json:"gomaxprocs,omitempty"`
	Seed          int    `json:"seed,omitempty"`
	// Replace maps a Go line to the statement that stands for the statement starting there
	// (JSON object, "line" added), or to null to leave the statement out.
	Replace map[string]json.RawMessage `json:"replace,omitempty"`
	Note    string                     `json:"//,omitempty"`
}

type gen struct {
	fset   *token.FileSet
	info   *types.Info
	texts  Texts
	used   map[int]bool
	src    []byte
	errs   []string
	zhKeys bool
}

func main() {
	textsPath := flag.String("texts", "tools/scenario-texts.json", "texts of the scenarios")
	library := flag.String("library", "scenarios/src/main/resources/dev/gorolab/scenario/library", "library folder")
	zh := flag.Bool("zh-keys", false, "emit titleZh/descriptionZh/whatToWatchZh")
	flag.Parse()
	// Defaults are relative to the repository root; find it from inside tools/go2scenario too.
	for _, p := range []*string{textsPath, library} {
		*p = fromRoot(*p)
	}
	raw, err := os.ReadFile(*textsPath)
	check(err)
	var entries map[string]json.RawMessage
	check(json.Unmarshal(raw, &entries))
	all := map[string]Texts{}
	for id, e := range entries {
		if strings.HasPrefix(id, "//") {
			continue
		}
		var t Texts
		dec := json.NewDecoder(bytes.NewReader(e))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&t); err != nil {
			check(fmt.Errorf("%s: %s: %v", *textsPath, id, err))
		}
		all[id] = t
	}
	ids := flag.Args()
	if len(ids) == 0 {
		for id := range all {
			ids = append(ids, id)
		}
		sort.Strings(ids)
	}
	failed := false
	for _, id := range ids {
		t, ok := all[id]
		if !ok {
			fmt.Fprintf(os.Stderr, "%s: no texts in %s\n", id, *textsPath)
			failed = true
			continue
		}
		out, errs := convert(filepath.Join(*library, id, id+".go"), t, *zh)
		if len(errs) > 0 {
			for _, e := range errs {
				fmt.Fprintf(os.Stderr, "%s: %s\n", id, e)
			}
			failed = true
			continue
		}
		check(os.WriteFile(filepath.Join(*library, id, id+".json"), out, 0o644))
		fmt.Println("wrote", id+".json")
	}
	if failed {
		os.Exit(1)
	}
}

// fromRoot returns path if it exists, else path relative to the nearest parent folder holding it.
func fromRoot(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	dir, err := os.Getwd()
	check(err)
	for {
		candidate := filepath.Join(dir, path)
		if _, err := os.Stat(candidate); err == nil {
			return candidate
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return path
		}
		dir = parent
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func convert(path string, t Texts, zh bool) ([]byte, []string) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, []string{err.Error()}
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		return nil, []string{err.Error()}
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("main", fset, []*ast.File{file}, info); err != nil {
		return nil, []string{"type check: " + err.Error()}
	}
	g := &gen{fset: fset, info: info, texts: t, used: map[int]bool{}, src: src, zhKeys: zh}

	var o obj
	o.add("gorolab", 1)
	o.add("title", t.Title)
	if zh && t.TitleZh != "" {
		o.add("titleZh", t.TitleZh)
	}
	o.add("description", t.Description)
	if zh && t.DescriptionZh != "" {
		o.add("descriptionZh", t.DescriptionZh)
	}
	o.add("whatToWatch", t.WhatToWatch)
	if zh && t.WhatToWatchZh != "" {
		o.add("whatToWatchZh", t.WhatToWatchZh)
	}
	gmp := t.Gomaxprocs
	if gmp == 0 {
		gmp = 1
	}
	o.add("gomaxprocs", gmp)
	seed := t.Seed
	if seed == 0 {
		seed = 1
	}
	o.add("seed", seed)
	var source obj
	source.add("file", filepath.Base(path))
	o.add("source", source)
	if t.Note != "" {
		o.add("//", t.Note)
	}

	var vars []any
	var funcs obj
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Tok == token.VAR {
				vars = append(vars, g.varSpecs(d)...)
			} else if d.Tok != token.IMPORT {
				g.errf(d.Pos(), "unsupported declaration %s", d.Tok)
			}
		case *ast.FuncDecl:
			var fn obj
			fn.add("line", g.line(d.Pos()))
			fn.add("body", g.block(d.Body.List))
			funcs.add(g.signature(d), fn)
		}
	}
	if len(vars) > 0 {
		o.add("vars", vars)
	}
	o.add("functions", funcs)
	for k := range t.Replace {
		n, _ := strconv.Atoi(k)
		if !g.used[n] {
			g.errs = append(g.errs, fmt.Sprintf("replace: no statement starts on line %s", k))
		}
	}
	var buf bytes.Buffer
	write(&buf, o, 0)
	buf.WriteString("\n")
	return buf.Bytes(), g.errs
}

func (g *gen) errf(p token.Pos, format string, args ...any) {
	g.errs = append(g.errs, fmt.Sprintf("%s: %s", g.fset.Position(p), fmt.Sprintf(format, args...)))
}

func (g *gen) line(p token.Pos) int { return g.fset.Position(p).Line }

func (g *gen) code(n ast.Node) string {
	var buf bytes.Buffer
	check(printer.Fprint(&buf, g.fset, n))
	return buf.String()
}

func (g *gen) codes(list []ast.Expr) string {
	parts := make([]string, len(list))
	for i, e := range list {
		parts[i] = g.code(e)
	}
	return strings.Join(parts, ", ")
}

func (g *gen) fields(fl *ast.FieldList) string {
	if fl == nil {
		return ""
	}
	var parts []string
	for _, f := range fl.List {
		typ := g.code(f.Type)
		if len(f.Names) == 0 {
			parts = append(parts, typ)
			continue
		}
		for _, n := range f.Names {
			parts = append(parts, n.Name+" "+typ)
		}
	}
	return strings.Join(parts, ", ")
}

func (g *gen) results(ft *ast.FuncType) string {
	if ft.Results == nil || len(ft.Results.List) == 0 {
		return ""
	}
	r := g.fields(ft.Results)
	if len(ft.Results.List) == 1 && len(ft.Results.List[0].Names) == 0 {
		return " " + r
	}
	return " (" + r + ")"
}

func (g *gen) signature(d *ast.FuncDecl) string {
	if d.Name.Name == "main" {
		return "main"
	}
	return d.Name.Name + "(" + g.fields(d.Type.Params) + ")" + g.results(d.Type)
}

func (g *gen) varSpecs(d *ast.GenDecl) []any {
	var out []any
	for _, s := range d.Specs {
		vs := s.(*ast.ValueSpec)
		var o obj
		names := make([]string, len(vs.Names))
		for i, n := range vs.Names {
			names[i] = n.Name
		}
		o.add("var", strings.Join(names, ", "))
		if vs.Type != nil {
			o.add("type", g.code(vs.Type))
		}
		if len(vs.Values) > 0 {
			o.add("value", g.codes(vs.Values))
		}
		o.add("line", g.line(vs.Pos()))
		out = append(out, o)
	}
	return out
}

func (g *gen) block(list []ast.Stmt) []any {
	out := []any{}
	for _, s := range list {
		out = append(out, g.stmts(s)...)
	}
	return out
}

func (g *gen) stmts(s ast.Stmt) []any {
	ln := g.line(s.Pos())
	if raw, ok := g.texts.Replace[strconv.Itoa(ln)]; ok {
		g.used[ln] = true
		if string(raw) == "null" {
			return nil
		}
		var r obj
		if err := r.UnmarshalJSON(raw); err != nil {
			g.errf(s.Pos(), "replace: %v", err)
			return nil
		}
		r.add("line", ln)
		return []any{r}
	}
	if d, ok := s.(*ast.DeclStmt); ok {
		return g.varSpecs(d.Decl.(*ast.GenDecl))
	}
	o := g.stmt(s)
	if o == nil {
		return nil
	}
	return []any{o}
}

func (g *gen) stmt(s ast.Stmt) any {
	var o obj
	ln := g.line(s.Pos())
	switch s := s.(type) {
	case *ast.ExprStmt:
		g.exprStmt(&o, s.X)
	case *ast.SendStmt:
		o.add("send", g.code(s.Chan))
		o.add("value", g.code(s.Value))
	case *ast.IncDecStmt:
		o.add("do", g.code(s))
	case *ast.AssignStmt:
		g.assign(&o, s)
	case *ast.GoStmt:
		g.goDefer(&o, "go", s.Call)
	case *ast.DeferStmt:
		g.goDefer(&o, "defer", s.Call)
	case *ast.IfStmt:
		g.ifStmt(&o, s)
	case *ast.ForStmt:
		head := ""
		if s.Init != nil || s.Post != nil {
			head = g.simple(s.Init) + "; " + g.simple(s.Cond) + "; " + g.simple(s.Post)
		} else if s.Cond != nil {
			head = g.code(s.Cond)
		}
		o.add("for", head)
		o.add("body", g.block(s.Body.List))
	case *ast.RangeStmt:
		head := "range " + g.code(s.X)
		if s.Key != nil {
			lhs := g.code(s.Key)
			if s.Value != nil {
				lhs += ", " + g.code(s.Value)
			}
			head = lhs + " " + s.Tok.String() + " " + head
		}
		o.add("for", head)
		o.add("body", g.block(s.Body.List))
	case *ast.SelectStmt:
		cases := []any{}
		for _, c := range s.Body.List {
			cc := c.(*ast.CommClause)
			var co obj
			if cc.Comm == nil {
				co.add("default", g.block(cc.Body))
			} else {
				co.add("case", g.code(cc.Comm))
				co.add("body", g.block(cc.Body))
			}
			co.addLine(g.line(cc.Pos()))
			cases = append(cases, co)
		}
		o.add("select", cases)
	case *ast.BranchStmt:
		key := map[token.Token]string{token.BREAK: "break", token.CONTINUE: "continue"}[s.Tok]
		if key == "" {
			g.errf(s.Pos(), "unsupported %s", s.Tok)
			return nil
		}
		if s.Label != nil {
			o.add(key, s.Label.Name)
		} else {
			o.add(key, true)
		}
	case *ast.ReturnStmt:
		o.add("return", g.codes(s.Results))
	case *ast.BlockStmt:
		o.add("block", g.block(s.List))
	case *ast.LabeledStmt:
		inner := g.stmt(s.Stmt)
		if io, ok := inner.(obj); ok {
			io.add("label", s.Label.Name)
			return io
		}
		return nil
	default:
		g.errf(s.Pos(), "unsupported statement %T", s)
		return nil
	}
	o.addLine(ln)
	return o
}

// addLine puts "line" after the scalar fields, before the first nested statement list, so that
// it stays next to the Go code it locates.
func (o *obj) addLine(ln int) {
	at := len(o.keys)
	for i, v := range o.vals {
		if l, ok := v.([]any); ok && !flatList(l) {
			at = i
			break
		}
	}
	o.keys = append(o.keys[:at], append([]string{"line"}, o.keys[at:]...)...)
	o.vals = append(o.vals[:at], append([]any{ln}, o.vals[at:]...)...)
}

func (g *gen) simple(n ast.Node) string {
	if n == nil || (isNil(n)) {
		return ""
	}
	return g.code(n)
}

func isNil(n ast.Node) bool {
	switch v := n.(type) {
	case ast.Stmt:
		return v == nil
	case ast.Expr:
		return v == nil
	}
	return false
}

func (g *gen) exprStmt(o *obj, x ast.Expr) {
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
		o.add("recv", g.code(u.X))
		return
	}
	call, ok := x.(*ast.CallExpr)
	if !ok {
		o.add("do", g.code(x))
		return
	}
	name := g.code(call.Fun)
	switch name {
	case "time.Sleep":
		o.add("sleep", g.duration(call.Args[0]))
	case "fmt.Println":
		o.add("print", g.exprs(call.Args))
	case "fmt.Printf":
		o.add("printf", g.exprs(call.Args))
	case "close":
		o.add("close", g.code(call.Args[0]))
	case "panic":
		o.add("panic", g.code(call.Args[0]))
	default:
		o.add("do", g.code(call))
	}
}

func (g *gen) exprs(list []ast.Expr) []any {
	out := []any{}
	for _, e := range list {
		out = append(out, g.code(e))
	}
	return out
}

// duration is a constant duration as Go prints it ("2s", "100ms"), else the Go expression.
func (g *gen) duration(e ast.Expr) string {
	tv := g.info.Types[e]
	if tv.Value != nil {
		if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
			return time.Duration(v).String()
		}
	}
	return g.code(e)
}

func (g *gen) assign(o *obj, s *ast.AssignStmt) {
	lhs := g.codes(s.Lhs)
	if s.Tok == token.DEFINE && len(s.Rhs) == 1 {
		switch r := s.Rhs[0].(type) {
		case *ast.CallExpr:
			if id, ok := r.Fun.(*ast.Ident); ok && id.Name == "make" && len(s.Lhs) == 1 {
				if _, isChan := r.Args[0].(*ast.ChanType); isChan {
					o.add("make", lhs)
					o.add("type", g.code(r.Args[0]))
					if len(r.Args) > 1 {
						o.add("cap", g.code(r.Args[1]))
					}
					return
				}
			}
		case *ast.UnaryExpr:
			if r.Op == token.ARROW {
				o.add("recv", g.code(r.X))
				o.add("into", lhs)
				return
			}
		case *ast.FuncLit:
			o.add("let", lhs)
			o.add("func", "func("+g.fields(r.Type.Params)+")"+g.results(r.Type))
			o.add("body", g.block(r.Body.List))
			return
		}
	}
	if s.Tok == token.DEFINE {
		o.add("let", lhs)
		o.add("value", g.codes(s.Rhs))
		return
	}
	o.add("set", lhs)
	o.add("value", g.codes(s.Rhs))
	if s.Tok != token.ASSIGN {
		o.add("op", s.Tok.String())
	}
}

func (g *gen) goDefer(o *obj, key string, call *ast.CallExpr) {
	if lit, ok := call.Fun.(*ast.FuncLit); ok {
		o.add(key, "func("+g.fields(lit.Type.Params)+")")
		if len(call.Args) > 0 {
			o.add("args", g.codes(call.Args))
		}
		o.add("body", g.block(lit.Body.List))
		return
	}
	o.add(key, g.code(call))
}

func (g *gen) ifStmt(o *obj, s *ast.IfStmt) {
	o.add("if", g.code(s.Cond))
	if s.Init != nil {
		o.add("init", g.code(s.Init))
	}
	o.add("then", g.block(s.Body.List))
	switch e := s.Else.(type) {
	case *ast.BlockStmt:
		o.add("else", g.block(e.List))
	case *ast.IfStmt:
		o.add("else", g.stmts(e))
	}
}

// obj is a JSON object that keeps its keys in insertion order.
type obj struct {
	keys []string
	vals []any
}

func (o *obj) add(k string, v any) {
	for i, old := range o.keys {
		if old == k {
			o.vals[i] = v
			return
		}
	}
	o.keys = append(o.keys, k)
	o.vals = append(o.vals, v)
}

func (o *obj) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		return fmt.Errorf("expected an object")
	}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		v, err := decodeValue(raw)
		if err != nil {
			return err
		}
		o.add(kt.(string), v)
	}
	return nil
}

func decodeValue(raw json.RawMessage) (any, error) {
	trimmed := bytes.TrimSpace(raw)
	switch {
	case len(trimmed) > 0 && trimmed[0] == '{':
		var o obj
		err := o.UnmarshalJSON(trimmed)
		return o, err
	case len(trimmed) > 0 && trimmed[0] == '[':
		var items []json.RawMessage
		if err := json.Unmarshal(trimmed, &items); err != nil {
			return nil, err
		}
		out := []any{}
		for _, it := range items {
			v, err := decodeValue(it)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	default:
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		dec.UseNumber()
		var v any
		err := dec.Decode(&v)
		return v, err
	}
}

// write prints a value: an object holding no object or array on one line, others expanded.
func write(buf *bytes.Buffer, v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch v := v.(type) {
	case obj:
		if flat(v) {
			buf.WriteString("{ ")
			for i, k := range v.keys {
				if i > 0 {
					buf.WriteString(", ")
				}
				buf.WriteString(str(k) + ": ")
				write(buf, v.vals[i], 0)
			}
			buf.WriteString(" }")
			return
		}
		buf.WriteString("{\n")
		for i, k := range v.keys {
			buf.WriteString(pad + "  " + str(k) + ": ")
			write(buf, v.vals[i], indent+1)
			if i < len(v.keys)-1 {
				buf.WriteString(",")
			}
			buf.WriteString("\n")
		}
		buf.WriteString(pad + "}")
	case []any:
		if len(v) == 0 {
			buf.WriteString("[]")
			return
		}
		if flatList(v) {
			buf.WriteString("[")
			for i, e := range v {
				if i > 0 {
					buf.WriteString(", ")
				}
				write(buf, e, 0)
			}
			buf.WriteString("]")
			return
		}
		buf.WriteString("[\n")
		for i, e := range v {
			buf.WriteString(pad + "  ")
			write(buf, e, indent+1)
			if i < len(v)-1 {
				buf.WriteString(",")
			}
			buf.WriteString("\n")
		}
		buf.WriteString(pad + "]")
	case string:
		buf.WriteString(str(v))
	default:
		b, err := json.Marshal(v)
		check(err)
		buf.Write(b)
	}
}

func flat(o obj) bool {
	for _, v := range o.vals {
		switch v := v.(type) {
		case obj:
			return false
		case []any:
			if !flatList(v) {
				return false
			}
		}
	}
	return true
}

func flatList(l []any) bool {
	for _, v := range l {
		switch v.(type) {
		case obj, []any:
			return false
		}
	}
	return true
}

func str(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	check(enc.Encode(s))
	return strings.TrimSuffix(buf.String(), "\n")
}
