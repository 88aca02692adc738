package analyzer

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Constant JSON unmarshalled into a value that holds reasons: a
// reasons.Disconnected, a slice of reasons, a struct of the application
// with reasons among its fields. Each reason, source or rel code in it
// must be one, as text unmarshalled into one must (code.go's checkJSON);
// a finding names where in the JSON it is.

// maxJSONDepth bounds how deep the JSON is followed into the value's type.
const maxJSONDepth = 16

// checkJSONInto checks the constant JSON text arg unmarshalled into a
// value of type t.
func (c *checker) checkJSONInto(arg ast.Expr, t types.Type) {
	text, lit, ok := c.constBytes(arg)
	if !ok || !c.holdsEnum(t, 0) {
		return
	}
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return // not JSON: the call fails, and says why
	}
	c.checkJSONValue(lit, t, v, "", 0)
}

// holdsEnum reports whether a value of type t can hold a reason, a source
// or another enum of the reasons package, where encoding/json decodes it.
func (c *checker) holdsEnum(t types.Type, depth int) bool {
	if depth > maxJSONDepth {
		return false
	}
	if en := c.enumOf(t); en != nil {
		return !en.own
	}
	if decodesItself(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return c.holdsEnum(u.Elem(), depth+1)
	case *types.Slice:
		return c.holdsEnum(u.Elem(), depth+1)
	case *types.Array:
		return c.holdsEnum(u.Elem(), depth+1)
	case *types.Map:
		return c.holdsEnum(u.Key(), depth+1) || c.holdsEnum(u.Elem(), depth+1)
	case *types.Struct:
		for i := range u.NumFields() {
			if c.holdsEnum(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	}
	return false
}

// decodesItself reports whether a value of type t unmarshals itself from
// JSON, or from text, rather than as encoding/json decodes its kind.
func decodesItself(t types.Type) bool {
	for _, name := range []string{"UnmarshalJSON", "UnmarshalText"} {
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, name); obj != nil {
			if _, ok := obj.(*types.Func); ok {
				return true
			}
		}
	}
	return false
}

// checkJSONValue checks the decoded JSON value v, at path in the JSON of
// lit, as encoding/json would unmarshal it into a value of type t.
func (c *checker) checkJSONValue(lit ast.Expr, t types.Type, v any, path string, depth int) {
	if depth > maxJSONDepth || v == nil {
		return // null leaves the value as it is
	}
	if en := c.enumOf(t); en != nil {
		if !en.own {
			c.checkJSONMember(lit, en, v, path)
		}
		return
	}
	if decodesItself(t) {
		return
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		c.checkJSONValue(lit, u.Elem(), v, path, depth+1)
	case *types.Slice:
		c.checkJSONElements(lit, u.Elem(), v, path, depth)
	case *types.Array:
		c.checkJSONElements(lit, u.Elem(), v, path, depth)
	case *types.Map:
		obj, ok := v.(map[string]any)
		if !ok {
			return
		}
		key := c.enumOf(u.Key())
		for _, k := range sortedKeys(obj) {
			at := path + "[" + strconv.Quote(k) + "]"
			if key != nil && !key.own {
				// Map keys are the text of the key's type: its codes.
				c.checkJSONMember(lit, key, k, at+" (a key)")
			}
			c.checkJSONValue(lit, u.Elem(), obj[k], at, depth+1)
		}
	case *types.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			return
		}
		fields := jsonFields(u, 0)
		for _, k := range sortedKeys(obj) {
			if f := fieldFor(fields, k); f != nil {
				c.checkJSONValue(lit, f.Type(), obj[k], path+"."+k, depth+1)
			}
		}
	}
}

// checkJSONElements checks the elements of the JSON array v.
func (c *checker) checkJSONElements(lit ast.Expr, elem types.Type, v any, path string, depth int) {
	elems, ok := v.([]any)
	if !ok {
		return
	}
	for i, x := range elems {
		c.checkJSONValue(lit, elem, x, path+"["+strconv.Itoa(i)+"]", depth+1)
	}
}

// checkJSONMember checks v, at path in the JSON of lit, unmarshalled into
// a value of en: a code, or a number.
func (c *checker) checkJSONMember(lit ast.Expr, en *enum, v any, path string) {
	d := analysis.Diagnostic{Pos: lit.Pos(), End: lit.End(), Category: CategoryCode}
	switch v := v.(type) {
	case string:
		var ok bool
		if d, _, ok = c.codeDiagnostic(lit, v, en.k, en, fromJSON); !ok {
			return
		}
	case json.Number:
		n, err := strconv.ParseInt(string(v), 10, 64)
		if err != nil || n == 0 || en.constFor(n) != nil {
			return
		}
		d.Message = c.notMember(en, n)
	default:
		return
	}
	d.Message = path + ": " + d.Message
	c.report(d)
}

// jsonFields returns the fields that encoding/json decodes of a struct,
// embedded structs' promoted ones included, with the names it decodes
// them by.
func jsonFields(st *types.Struct, depth int) []jsonField {
	var fields []jsonField
	for i := range st.NumFields() {
		f := st.Field(i)
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if name == "-" && !strings.Contains(reflect.StructTag(st.Tag(i)).Get("json"), ",") {
			continue
		}
		if f.Anonymous() && name == "" && depth < maxJSONDepth {
			t := f.Type()
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			if inner, ok := t.Underlying().(*types.Struct); ok {
				fields = append(fields, jsonFields(inner, depth+1)...)
				continue
			}
		}
		if !f.Exported() {
			continue
		}
		if name == "" {
			name = f.Name()
		}
		fields = append(fields, jsonField{name, f})
	}
	return fields
}

// A jsonField is a field that encoding/json decodes, by its name.
type jsonField struct {
	name string
	v    *types.Var
}

// fieldFor returns the field that encoding/json decodes the key into: the
// one of that name, or else one whose name differs only in case.
func fieldFor(fields []jsonField, key string) *types.Var {
	for _, f := range fields {
		if f.name == key {
			return f.v
		}
	}
	for _, f := range fields {
		if bytes.EqualFold([]byte(f.name), []byte(key)) {
			return f.v
		}
	}
	return nil
}

// sortedKeys returns the keys of a JSON object in order, so that findings
// come in the same order every run.
func sortedKeys(obj map[string]any) []string {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
