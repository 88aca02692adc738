// Package web is a web framework's context, as gin's and echo's are.
package web

// A Context is a request's context.
type Context struct{}

// Query returns the query parameter key.
func (c *Context) Query(key string) string { return "" }

// Param returns the path parameter key.
func (c *Context) Param(key string) string { return "" }

// Lookup returns something else.
func (c *Context) Lookup(key string) string { return "" }
