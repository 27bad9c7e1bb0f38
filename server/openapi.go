package server

import (
	"net/http"
	"strings"
	"sync"
)

// endpoint describes one route for the OpenAPI document.
type endpoint struct {
	method, path, summary string
	params                []string // query parameters
	write                 bool     // needs the bearer token and a body
	list                  string   // schema name of the list items, "" when not a list
}

var endpoints = []endpoint{
	{"get", "/healthz", "Health check: 200 when the store answers.", nil, false, ""},
	{"get", "/api/stats", "Counts of what is stored.", nil, false, ""},
	{"get", "/api/articles", "Article summaries, newest first.", []string{"from", "to", "actor", "story", "limit", "offset"}, false, "ArticleSummary"},
	{"get", "/api/articles/{id}", "One article with its full v1 analysis.", nil, false, ""},
	{"get", "/api/search", "Full-text search over titles and texts.", []string{"q", "limit", "offset"}, false, "SearchHit"},
	{"get", "/api/events", "Coded events, one per article mention.", eventParams, false, "Event"},
	{"get", "/api/events/merged", "GDELT-style merged events with mention, source and article counts.", eventParams, false, "MergedEvent"},
	{"get", "/api/dyads/{a}/{b}/timeline", "Events between two actors per day or week: counts, Goldstein sum and mean, cooperation vs conflict.", []string{"from", "to", "interval", "directed", "factual"}, false, ""},
	{"get", "/api/network", "Weighted actor graph of a period.", []string{"from", "to", "actor", "min", "limit", "factual"}, false, ""},
	{"get", "/api/quotes", "Quotes with speakers.", []string{"from", "to", "speaker", "article", "limit", "offset"}, false, "Quote"},
	{"get", "/api/findings", "Verification findings.", []string{"from", "to", "kind", "verdict", "article", "limit", "offset"}, false, "Finding"},
	{"get", "/api/stories/{id}", "A story: a group of near-duplicate articles.", nil, false, ""},
	{"post", "/api/analyze", "Analyse articles without storing them. Body: a JSON object {text|html, title, url, date}, JSON Lines, HTML, a feed or plain text.", nil, true, ""},
	{"post", "/api/articles", "Analyse and store articles (idempotent: an article already stored is a duplicate).", nil, true, ""},
}

var paramDocs = map[string]string{
	"from": "first day, YYYY-MM-DD", "to": "last day, YYYY-MM-DD", "actor": "KB id or name, either side",
	"source": "source actor", "target": "target actor", "code": "CAMEO code or prefix (19 matches 190–196)",
	"quad": "quad class 1–4", "article": "article id", "factual": "drop negated and hypothetical events",
	"limit": "page size, 1–1000 (default 100)", "offset": "items to skip", "q": "words or \"phrases\" to search for",
	"story": "story id", "interval": "day (default) or week", "directed": "only a→b", "min": "drop edges with fewer events",
	"speaker": "KB id or part of the speaker's name", "kind": "finding kind", "verdict": "contradicted, supported or unverifiable",
}

var paramTypes = map[string]string{"limit": "integer", "offset": "integer", "quad": "integer", "min": "integer", "factual": "boolean", "directed": "boolean"}

var openapiDoc = sync.OnceValue(func() map[string]any {
	paths := map[string]any{}
	for _, e := range endpoints {
		var ps []any
		for _, seg := range strings.Split(e.path, "/") {
			if strings.HasPrefix(seg, "{") {
				ps = append(ps, map[string]any{"name": strings.Trim(seg, "{}"), "in": "path", "required": true, "schema": map[string]string{"type": "string"}})
			}
		}
		for _, p := range e.params {
			typ := paramTypes[p]
			if typ == "" {
				typ = "string"
			}
			ps = append(ps, map[string]any{"name": p, "in": "query", "required": p == "q", "description": paramDocs[p], "schema": map[string]string{"type": typ}})
		}
		errResp := map[string]any{"description": "error", "content": map[string]any{"application/json": map[string]any{"schema": map[string]string{"$ref": "#/components/schemas/Error"}}}}
		ok := map[string]any{"description": "OK", "content": map[string]any{"application/json": map[string]any{"schema": map[string]string{"type": "object"}}}}
		if e.list != "" {
			ok["content"] = map[string]any{"application/json": map[string]any{"schema": map[string]any{
				"type": "object",
				"properties": map[string]any{
					"items": map[string]any{"type": "array", "items": map[string]string{"type": "object", "description": e.list}},
					"limit": map[string]string{"type": "integer"}, "offset": map[string]string{"type": "integer"}, "more": map[string]string{"type": "boolean"},
				},
			}}}
		}
		op := map[string]any{
			"summary":   e.summary,
			"responses": map[string]any{"200": ok, "400": errResp, "404": errResp, "500": errResp},
		}
		if len(ps) > 0 {
			op["parameters"] = ps
		}
		if e.write {
			op["security"] = []any{map[string][]string{"bearer": {}}}
			op["requestBody"] = map[string]any{"required": true, "content": map[string]any{
				"application/json": map[string]any{"schema": map[string]any{"type": "object", "properties": map[string]any{
					"text": map[string]string{"type": "string"}, "html": map[string]string{"type": "string"},
					"title": map[string]string{"type": "string"}, "url": map[string]string{"type": "string"},
					"date": map[string]string{"type": "string", "format": "date"}, "id": map[string]string{"type": "string"},
				}}},
				"text/plain": map[string]any{"schema": map[string]string{"type": "string"}},
				"text/html":  map[string]any{"schema": map[string]string{"type": "string"}},
			}}
			resp := op["responses"].(map[string]any)
			resp["401"] = errResp
			resp["403"] = errResp
			resp["413"] = errResp
			resp["422"] = errResp
		}
		item, _ := paths[e.path].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths[e.path] = item
		}
		item[e.method] = op
	}
	return map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{
			"title":       "sitrep API",
			"version":     "1",
			"description": "Analysed news articles: entities, quotes, times, coded events (CAMEO/PLOVER) and verification findings. Every span is a [start,end) byte offset into the article's normalised text.",
		},
		"paths": paths,
		"components": map[string]any{
			"securitySchemes": map[string]any{"bearer": map[string]string{"type": "http", "scheme": "bearer"}},
			"schemas": map[string]any{"Error": map[string]any{"type": "object", "required": []string{"error", "status"}, "properties": map[string]any{
				"error": map[string]string{"type": "string"}, "status": map[string]string{"type": "integer"},
			}}},
		},
	}
})

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, openapiDoc())
}
