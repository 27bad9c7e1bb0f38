package kb

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-project/sitrep/textnorm"
)

// Record types: the value of the "type" field of a KB line.
const (
	TypeActor    = "actor"
	TypeRole     = "role"
	TypeOffice   = "office"
	TypeRelation = "relation"
	TypeSource   = "source"
	TypeAgent    = "agent"
)

// maxLine is the longest KB line Load accepts.
const maxLine = 4 << 20

// gcEvery is how many bytes of input parse reads between collections.
const gcEvery = 4 << 20

// A batch is the records of one file, parsed and checked on their own but
// not yet added to a KB.
type batch struct {
	file      string
	sources   []Source
	srcLines  []int
	actors    []Actor
	roles     []Role
	offices   []Office
	relations []Relation
	agents    []Agent
}

// Open returns the shipped KB with the KB files at paths stacked on top,
// in order: a record in a later file replaces the record with the same id
// from an earlier one. References between records (a role's person and
// office, every record's source) are checked once all files are loaded,
// so a file may refer to records of a later one. On any error Open
// returns a nil KB and an ErrorList naming each problem's file and line.
func Open(paths ...string) (*KB, error) {
	batches, err := shippedBatches()
	if err != nil {
		return nil, err
	}
	var errs ErrorList
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			errs.Add("", 0, "%v", err)
			continue
		}
		b, perrs := parse(f, p)
		f.Close()
		errs = append(errs, perrs...)
		batches = append(batches, b)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return build(batches)
}

// OpenFiles is like Open without the shipped KB: only the files at paths.
func OpenFiles(paths ...string) (*KB, error) {
	var batches []*batch
	var errs ErrorList
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			errs.Add("", 0, "%v", err)
			continue
		}
		b, perrs := parse(f, p)
		f.Close()
		errs = append(errs, perrs...)
		batches = append(batches, b)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return build(batches)
}

// build adds the batches to a new KB in order, checks references and
// indexes names. It returns nil and the problems when any reference is
// broken.
func build(batches []*batch) (*KB, error) {
	k := New()
	// Size the tables for every record up front: a map or slice grown
	// step by step leaves its old arrays behind as garbage, which for a
	// stacked Wikidata table is tens of megabytes at the peak.
	nroles, nactors, noffices := 0, 0, 0
	for _, b := range batches {
		nroles += len(b.roles)
		nactors += len(b.actors)
		noffices += len(b.offices)
	}
	k.roles = make([]Role, 0, nroles)
	k.roleByID = make(map[string]int, nroles)
	k.actors = make(map[string]*Actor, nactors)
	k.order = make([]string, 0, nactors)
	k.byPerson = make(map[string][]int, nactors)
	k.offices = make(map[string]*Office, noffices)
	k.byOffice = make(map[string][]int, noffices)
	for _, b := range batches {
		k.apply(b)
	}
	if errs := k.checkRefs(); len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	k.index()
	return k, nil
}

// Load reads KB records in JSON Lines from r and adds them to into,
// replacing records with the same ids. name is the file name used in
// errors. Blank lines and lines starting with '#' are skipped. Load
// checks the records and their references (against into plus the new
// records) before adding any: on error into is unchanged and the error is
// an ErrorList.
func Load(r io.Reader, name string, into *KB) error {
	b, errs := parse(r, name)
	if len(errs) > 0 {
		errs.Sort()
		return errs
	}
	if errs := into.checkBatchRefs(b); len(errs) > 0 {
		errs.Sort()
		return errs
	}
	into.apply(b)
	into.index()
	return nil
}

func (k *KB) apply(b *batch) {
	for _, s := range b.sources {
		k.AddSource(s)
	}
	for i := range b.actors {
		k.addActor(&b.actors[i]) // the batch's array becomes the KB's storage
	}
	for i := range b.offices {
		k.addOffice(&b.offices[i])
	}
	for _, r := range b.roles {
		k.AddRole(r)
	}
	b.roles = nil // copied; let it be collected while later batches are added
	for _, r := range b.relations {
		k.AddRelation(r)
	}
	for _, a := range b.agents {
		k.AddAgent(a)
	}
}

// parse reads and checks one file's records on their own.
func parse(r io.Reader, name string) (*batch, ErrorList) {
	b := &batch{file: name}
	var errs ErrorList
	seen := map[string]map[string]int{} // type → id → line
	dup := func(typ, id string, line int) bool {
		m := seen[typ]
		if m == nil {
			m = map[string]int{}
			seen[typ] = m
		}
		if prev, ok := m[id]; ok {
			errs.Add(name, line, "duplicate %s id %q (first at line %d)", typ, id, prev)
			return true
		}
		m[id] = line
		return false
	}
	if rs, ok := r.(io.ReadSeeker); ok {
		b.reserve(rs)
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var ld lineDecoder
	line := 0
	read := 0
	for sc.Scan() {
		line++
		if read += len(sc.Bytes()); read > gcEvery {
			// Decoding leaves garbage about as large as the input. For
			// big stacked files collect it as we go, so the peak memory
			// stays near the size of the KB itself.
			read = 0
			runtime.GC()
		}
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		if err := parseLine(b, &ld, text, name, line, dup); err != nil {
			errs.Add(name, line, "%s", err)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			errs.Add(name, line+1, "line longer than %d bytes", maxLine)
		} else {
			errs.Add(name, line, "read: %v", err)
		}
	}
	return b, errs
}

// reserve counts the records of each type in r and sizes b's slices for
// them, then rewinds r. Appending to slices that grow step by step would
// leave about four times the batch behind as garbage (90 MB for the
// Wikidata table); one cheap extra read avoids it. On any read or seek
// error reserve leaves b as it is: parse then reads r as it comes (from
// where the rewind left it, so the error shows there).
func (b *batch) reserve(r io.ReadSeeker) {
	start, err := r.Seek(0, io.SeekCurrent)
	if err != nil {
		return
	}
	var actors, roles, offices int
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	for sc.Scan() {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		switch typ, _ := scanType(text); typ {
		case TypeActor:
			actors++
		case TypeRole:
			roles++
		case TypeOffice:
			offices++
		}
	}
	if _, err := r.Seek(start, io.SeekStart); err != nil {
		return
	}
	if sc.Err() != nil {
		return
	}
	b.actors = make([]Actor, 0, actors)
	b.roles = make([]Role, 0, roles)
	b.offices = make([]Office, 0, offices)
}

// A lineDecoder decodes one JSON object per line with one reused
// json.Decoder (a decoder per line costs more than the decoding), rejecting
// unknown fields and trailing data.
type lineDecoder struct {
	r   lineReader
	dec *json.Decoder
}

// lineReader feeds the current line to the decoder, then io.EOF.
type lineReader struct{ b []byte }

func (l *lineReader) Read(p []byte) (int, error) {
	if len(l.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, l.b)
	l.b = l.b[n:]
	return n, nil
}

// decode decodes text into v. After an error the decoder is replaced,
// since a json.Decoder does not recover from one.
func (d *lineDecoder) decode(text []byte, v any) error {
	if d.dec == nil {
		d.dec = json.NewDecoder(&d.r)
		d.dec.DisallowUnknownFields()
	}
	d.r.b = text
	err := d.dec.Decode(v)
	if err == nil && (len(d.r.b) > 0 || d.dec.More()) {
		err = errors.New("malformed JSON: data after the object")
	}
	if err != nil {
		d.dec = nil
		return jsonError(err)
	}
	return nil
}

func jsonError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("malformed JSON at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		if te.Field != "" {
			return fmt.Errorf("field %q: want %s, got JSON %s", te.Field, te.Type, te.Value)
		}
		return fmt.Errorf("want a JSON object, got JSON %s", te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("malformed JSON: unexpected end of line")
	}
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
}

func parseLine(b *batch, ld *lineDecoder, text []byte, file string, line int, dup func(typ, id string, line int) bool) error {
	if text[0] != '{' {
		return errors.New("malformed JSON: a record must be a JSON object starting with '{'")
	}
	typ, ok := scanType(text)
	if !ok {
		var head struct {
			Type string `json:"type"`
		}
		if err := json.Unmarshal(text, &head); err != nil {
			return jsonError(err)
		}
		typ = head.Type
	}
	switch typ {
	case TypeActor:
		b.actors = append(b.actors, Actor{})
		x := &b.actors[len(b.actors)-1]
		v := struct {
			Type string `json:"type"`
			*Actor
		}{Actor: x}
		err := ld.decode(text, &v)
		if err == nil {
			x.File, x.Line = file, line
			x.Name = visible(x.Name)
			x.Aliases = visibleAll(x.Aliases)
			x.Demonyms = visibleAll(x.Demonyms)
			err = checkActor(x)
		}
		if err != nil || dup(TypeActor, x.ID, line) {
			b.actors = b.actors[:len(b.actors)-1]
			return err
		}
	case TypeRole:
		b.roles = append(b.roles, Role{})
		x := &b.roles[len(b.roles)-1]
		v := struct {
			Type string `json:"type"`
			*Role
		}{Role: x}
		err := ld.decode(text, &v)
		if err == nil {
			x.File, x.Line = file, line
			err = checkRole(x)
		}
		if err != nil || dup(TypeRole, x.ID, line) {
			b.roles = b.roles[:len(b.roles)-1]
			return err
		}
	case TypeOffice:
		b.offices = append(b.offices, Office{})
		x := &b.offices[len(b.offices)-1]
		v := struct {
			Type string `json:"type"`
			*Office
		}{Office: x}
		err := ld.decode(text, &v)
		if err == nil {
			x.File, x.Line = file, line
			x.Name = visible(x.Name)
			x.Aliases = visibleAll(x.Aliases)
			err = checkOffice(x)
		}
		if err != nil || dup(TypeOffice, x.ID, line) {
			b.offices = b.offices[:len(b.offices)-1]
			return err
		}
	case TypeRelation:
		b.relations = append(b.relations, Relation{})
		x := &b.relations[len(b.relations)-1]
		v := struct {
			Type string `json:"type"`
			*Relation
		}{Relation: x}
		err := ld.decode(text, &v)
		if err == nil {
			x.File, x.Line = file, line
			err = checkRelation(x)
		}
		if err != nil || dup(TypeRelation, x.ID, line) {
			b.relations = b.relations[:len(b.relations)-1]
			return err
		}
	case TypeSource:
		var v struct {
			Type string `json:"type"`
			Source
		}
		if err := ld.decode(text, &v); err != nil {
			return err
		}
		s := v.Source
		if s.Name == "" {
			return errors.New("source: missing name")
		}
		if s.AsOf.IsZero() {
			return fmt.Errorf("source %q: missing as_of (past its as-of date a source knows nothing, so it must say when that is)", s.Name)
		}
		if !dup(TypeSource, s.Name, line) {
			b.sources = append(b.sources, s)
			b.srcLines = append(b.srcLines, line)
		}
	case TypeAgent:
		var v struct {
			Type string `json:"type"`
			Agent
		}
		if err := ld.decode(text, &v); err != nil {
			return err
		}
		a := v.Agent
		a.File, a.Line = file, line
		switch {
		case a.ID == "":
			return errors.New("agent: missing id")
		case a.Name == "":
			return fmt.Errorf("agent %q: missing name", a.ID)
		case a.CAMEO == "":
			return fmt.Errorf("agent %q: missing cameo", a.ID)
		}
		if !dup(TypeAgent, a.ID, line) {
			b.agents = append(b.agents, a)
		}
	case "":
		return errors.New(`missing "type" (want actor, role, office, relation, source or agent)`)
	default:
		return fmt.Errorf("unknown type %q (want actor, role, office, relation, source or agent)", typ)
	}
	return nil
}

var actorKinds = map[string]bool{KindCountry: true, KindOrganization: true, KindArmedGroup: true, KindPerson: true, KindPlace: true}

// visible returns name without the invisible characters article text
// loses in normalisation (textnorm.Invisible) and the spaces around
// them: a name imported with a zero-width space ("\u200bFahad bin
// Abdurrahman Al-Jalajel") would otherwise show one and never match.
// An ASCII name is returned as it is, at the cost of one scan.
func visible(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return strings.TrimSpace(strings.Map(func(r rune) rune {
				if textnorm.Invisible(r) {
					return -1
				}
				return r
			}, name))
		}
	}
	return name
}

// visibleAll applies visible to each of names, in place, and drops a
// name nothing visible is left of.
func visibleAll(names []string) []string {
	for i, n := range names {
		names[i] = visible(n)
	}
	return slices.DeleteFunc(names, func(n string) bool { return n == "" })
}

func checkActor(a *Actor) error {
	switch {
	case a.ID == "":
		return errors.New("actor: missing id")
	case !actorKinds[a.Kind]:
		return fmt.Errorf("actor %q: kind %q is not one of country, organization, armed_group, person, place", a.ID, a.Kind)
	case a.Name == "":
		return fmt.Errorf("actor %q: missing name", a.ID)
	case !a.Born.IsZero() && !a.Died.IsZero() && a.Died.Last().Compare(a.Born.First()) < 0:
		return fmt.Errorf("actor %q: died %s before born %s", a.ID, a.Died, a.Born)
	case a.Lat < -90 || a.Lat > 90 || a.Lon < -180 || a.Lon > 180:
		return fmt.Errorf("actor %q: impossible coordinates %g,%g", a.ID, a.Lat, a.Lon)
	}
	return nil
}

// RoleID returns the id given to a role that has none: person, office and
// start joined by "@".
func RoleID(r Role) string {
	return r.Person + "@" + r.Office + "@" + r.Start.String()
}

func checkRole(r *Role) error {
	what := r.ID
	if what == "" {
		what = r.Person + " as " + r.Office
	}
	switch {
	case r.Person == "":
		return fmt.Errorf("role %q: missing person", what)
	case r.Office == "":
		return fmt.Errorf("role %q: missing office", what)
	case !r.Start.IsZero() && !r.End.IsZero() && r.End.Last().Compare(r.Start.First()) < 0:
		return fmt.Errorf("role %q: end %s before start %s", what, r.End, r.Start)
	}
	if r.ID == "" {
		r.ID = RoleID(*r)
	}
	if r.Country == "" {
		r.Country, _, _ = splitOfficeID(r.Office)
	}
	return nil
}

// splitOfficeID splits "IRN.foreign_minister" into "IRN" and
// "foreign_minister", and "group.hezbollah.leader" into "group.hezbollah"
// and "leader". ok is false when id has no dot.
func splitOfficeID(id string) (country, key string, ok bool) {
	i := strings.LastIndexByte(id, '.')
	if i <= 0 || i == len(id)-1 {
		return "", "", false
	}
	return id[:i], id[i+1:], true
}

func checkOffice(o *Office) error {
	if o.ID == "" {
		return errors.New("office: missing id")
	}
	c, key, ok := splitOfficeID(o.ID)
	if !ok {
		return fmt.Errorf("office %q: id must be <country>.<key>, e.g. IRN.foreign_minister", o.ID)
	}
	if o.Country == "" {
		o.Country = c
	}
	if o.Key == "" {
		o.Key = key
	}
	switch {
	case OfficeID(o.Country, o.Key) != o.ID:
		return fmt.Errorf("office %q: id does not match country %q and key %q", o.ID, o.Country, o.Key)
	case !o.From.IsZero() && !o.To.IsZero() && o.To.Last().Compare(o.From.First()) < 0:
		return fmt.Errorf("office %q: abolished %s before created %s", o.ID, o.To, o.From)
	case o.Never && (!o.From.IsZero() || !o.To.IsZero() || !o.CompleteFrom.IsZero() || !o.CompleteTo.IsZero()):
		return fmt.Errorf("office %q: never existed, so it takes no from, to or complete dates", o.ID)
	case !o.CompleteFrom.IsZero() && !o.CompleteTo.IsZero() && o.CompleteTo.Last().Compare(o.CompleteFrom.First()) < 0:
		return fmt.Errorf("office %q: complete_to %s before complete_from %s", o.ID, o.CompleteTo, o.CompleteFrom)
	}
	return nil
}

var relationEvents = map[string]bool{RelEstablished: true, RelSevered: true, RelRestored: true, RelNormalized: true, RelTreaty: true, RelSuspended: true, RelDowngraded: true}

func checkRelation(r *Relation) error {
	switch {
	case r.A == "" || r.B == "":
		return fmt.Errorf("relation %q: missing state a or b", r.ID)
	case r.A == r.B:
		return fmt.Errorf("relation %q: a and b are both %q", r.ID, r.A)
	case !relationEvents[r.Event]:
		return fmt.Errorf("relation %q: event %q is not one of established, severed, restored, normalized, treaty, suspended, downgraded", r.ID, r.Event)
	case r.Date.IsZero():
		return fmt.Errorf("relation %q: missing date", r.ID)
	}
	if r.ID == "" {
		r.ID = r.A + "-" + r.B + "-" + r.Event + "-" + r.Date.String()
	}
	return nil
}

// checkRefs checks that every role names a known person actor and a known
// office. (Sources are checked by Check: a record without a known source
// has no as-of date, so an open role of it is never taken as held.)
func (k *KB) checkRefs() ErrorList {
	var errs ErrorList
	for _, r := range k.roles {
		a, ok := k.actors[r.Person]
		switch {
		case !ok:
			errs.Add(r.File, r.Line, "role %q: unknown person %q", r.ID, r.Person)
		case a.Kind != KindPerson:
			errs.Add(r.File, r.Line, "role %q: %q is a %s, not a person", r.ID, r.Person, a.Kind)
		}
		if _, ok := k.offices[r.Office]; !ok {
			errs.Add(r.File, r.Line, "role %q: unknown office %q (add an office record)", r.ID, r.Office)
		}
	}
	return errs
}

// checkBatchRefs checks b's references against k plus b itself.
func (k *KB) checkBatchRefs(b *batch) ErrorList {
	var errs ErrorList
	kinds := map[string]string{}
	for _, a := range b.actors {
		kinds[a.ID] = a.Kind
	}
	offices := map[string]bool{}
	for _, o := range b.offices {
		offices[o.ID] = true
	}
	for _, r := range b.roles {
		kind, ok := kinds[r.Person]
		if !ok {
			if a, found := k.actors[r.Person]; found {
				kind, ok = a.Kind, true
			}
		}
		switch {
		case !ok:
			errs.Add(b.file, r.Line, "role %q: unknown person %q", r.ID, r.Person)
		case kind != KindPerson:
			errs.Add(b.file, r.Line, "role %q: %q is a %s, not a person", r.ID, r.Person, kind)
		}
		if _, ok := k.offices[r.Office]; !ok && !offices[r.Office] {
			errs.Add(b.file, r.Line, "role %q: unknown office %q (add an office record)", r.ID, r.Office)
		}
	}
	return errs
}

// scanType finds the value of the "type" key without decoding the whole
// line: the first "type" followed by a colon and a plain string. ok is
// false when it is not found that way; the caller then decodes.
func scanType(text []byte) (string, bool) {
	key := []byte(`"type"`)
	for i := 0; ; {
		j := bytes.Index(text[i:], key)
		if j < 0 {
			return "", false
		}
		k := i + j + len(key)
		for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			k++
		}
		if k < len(text) && text[k] == ':' {
			k++
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			if k >= len(text) || text[k] != '"' {
				return "", false
			}
			end := bytes.IndexByte(text[k+1:], '"')
			if end < 0 {
				return "", false
			}
			v := text[k+1 : k+1+end]
			if bytes.IndexByte(v, '\\') >= 0 {
				return "", false
			}
			return string(v), true
		}
		i = k
	}
}
