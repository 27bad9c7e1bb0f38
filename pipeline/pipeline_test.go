package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-project/sitrep/doc"
)

func stage(name string, needs, gives []doc.Layer, f func(*doc.Doc) error) Stage {
	if f == nil {
		f = func(d *doc.Doc) error {
			for _, l := range gives {
				d.Fill(l)
			}
			return nil
		}
	}
	return StageFunc{StageName: name, Needs: needs, Gives: gives, Func: f}
}

func TestNewChecksLayers(t *testing.T) {
	norm := stage("normalize", nil, []doc.Layer{doc.LayerText}, nil)
	seg := stage("segment", []doc.Layer{doc.LayerText}, []doc.Layer{doc.LayerSentences}, nil)
	ment := stage("mentions", []doc.Layer{doc.LayerSentences}, []doc.Layer{doc.LayerMentions}, nil)
	tests := []struct {
		name    string
		stages  []Stage
		wantErr string
	}{
		{"ok", []Stage{norm, seg, ment}, ""},
		{"wrong order", []Stage{norm, ment, seg}, `stage "mentions" requires layer "sentences": put segment before it`},
		{"missing", []Stage{seg}, `stage "segment" requires layer "text", which no stage provides`},
	}
	for _, tt := range tests {
		_, err := New(nil, tt.stages...)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if !strings.Contains(got, tt.wantErr) || (tt.wantErr == "" && got != "") {
			t.Errorf("%s: New() error = %q; want %q", tt.name, got, tt.wantErr)
		}
	}
	if _, err := New([]doc.Layer{doc.LayerText}, seg); err != nil {
		t.Errorf("given layer not honoured: %v", err)
	}
}

func TestRunStageErrorAndPanic(t *testing.T) {
	boom := stage("boom", nil, nil, func(*doc.Doc) error { return errors.New("bad") })
	p, _ := New(nil, boom)
	err := p.Run(&doc.Doc{Source: "a.txt"}, nil)
	var se *StageError
	if !errors.As(err, &se) || se.Stage != "boom" || err.Error() != "boom: a.txt: bad" {
		t.Errorf("Run error = %v", err)
	}
	pan := stage("pan", nil, nil, func(*doc.Doc) error { panic("oops") })
	p, _ = New(nil, pan)
	if err := p.Run(&doc.Doc{Source: "b"}, nil); err == nil || !strings.Contains(err.Error(), "internal error") {
		t.Errorf("panic not turned into error: %v", err)
	}
}

func TestRunnerOrdered(t *testing.T) {
	up := stage("upper", nil, []doc.Layer{doc.LayerText}, func(d *doc.Doc) error {
		if d.Raw == "fail" {
			return errors.New("no")
		}
		d.Text = strings.ToUpper(d.Raw)
		return nil
	})
	p, _ := New(nil, up)
	var got []string
	r := NewRunner(p, 4, true, func(res Result) error {
		if res.Err != nil {
			got = append(got, "ERR")
		} else {
			got = append(got, res.Doc.Text)
		}
		return nil
	})
	var want []string
	for i := range 200 {
		s := fmt.Sprintf("doc%d", i)
		if i == 17 {
			s = "fail"
		}
		if err := r.Submit(context.Background(), &doc.Doc{Raw: s}); err != nil {
			t.Fatal(err)
		}
		if s == "fail" {
			want = append(want, "ERR")
		} else {
			want = append(want, strings.ToUpper(s))
		}
	}
	tm, err := r.Close()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("results out of order or missing: got %d results", len(got))
	}
	if len(tm.Names) != 1 || tm.Names[0] != "upper" {
		t.Errorf("timings = %+v", tm)
	}
}

func TestRunnerSinkError(t *testing.T) {
	p, _ := New(nil, stage("x", nil, nil, nil))
	stop := errors.New("disk full")
	n := 0
	r := NewRunner(p, 2, false, func(Result) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	var submitErr error
	for range 100 {
		if submitErr = r.Submit(context.Background(), &doc.Doc{}); submitErr != nil {
			break
		}
	}
	if _, err := r.Close(); !errors.Is(err, stop) {
		t.Errorf("Close error = %v; want %v", err, stop)
	}
	if !errors.Is(submitErr, stop) {
		t.Errorf("Submit error = %v; want %v", submitErr, stop)
	}
}
