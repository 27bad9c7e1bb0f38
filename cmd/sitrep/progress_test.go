package main

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-project/sitrep/ingest"
	"github.com/vbauerster/mpb/v8/decor"
)

// fakeConsole is a terminal of a fixed size that records what is drawn.
type fakeConsole struct {
	mu            sync.Mutex
	buf           bytes.Buffer
	width, height int
	err           error
}

func (c *fakeConsole) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.Write(p)
}

func (c *fakeConsole) ReadFrom(r io.Reader) (int64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.ReadFrom(r)
}

func (c *fakeConsole) IsTerminal() bool               { return true }
func (c *fakeConsole) GetTermSize() (int, int, error) { return c.width, c.height, c.err }
func (c *fakeConsole) Flush(int) error                { return nil }

func (c *fakeConsole) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.String()
}

// TestProgressDraws checks that the display shows items, total, rate and
// ETA on every terminal, including those that report a 0x0 size (script
// without a controlling terminal), where mpb alone draws nothing.
func TestProgressDraws(t *testing.T) {
	for _, tc := range []struct {
		name          string
		width, height int
		err           error
	}{
		{"120x40", 120, 40, nil},
		{"0x0", 0, 0, nil},
		{"80x0", 80, 0, nil},
		{"size error", 0, 0, errors.New("inappropriate ioctl")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cw := &fakeConsole{width: tc.width, height: tc.height, err: tc.err}
			p := newProgressOn(sizedConsole{cw}, "analyze", 7)
			p.Add(3)
			time.Sleep(20 * time.Millisecond) // a rate needs elapsed time
			p.Add(4)
			p.Done()
			out := cw.String()
			want := regexp.MustCompile(`analyze +7 / 7 .*/s +ETA +\S+`)
			if !want.MatchString(out) {
				t.Errorf("display %q: want items, total, rate and ETA (%s)", out, want)
			}
		})
	}
}

// TestProgressQuietInPipes checks that no display is drawn when stderr is
// not a terminal.
func TestProgressQuietInPipes(t *testing.T) {
	var stderr strings.Builder
	env := &Env{Stderr: &stderr, Getenv: func(string) string { return "" }}
	if p := newProgress(env, "analyze", 3); p != nil {
		t.Fatal("newProgress on a pipe: want nil")
	}
	if p := startProgress(t.Context(), env, "analyze", []string{"testdata"}, ingest.Options{}); p != nil {
		t.Fatal("startProgress on a pipe: want nil")
	}
}

// TestProgressETA checks the ETA: "-" before the first item, a duration
// after, nothing while the total is unknown, and shown once a total
// arrives later (a directory counted beside the run).
func TestProgressETA(t *testing.T) {
	start := time.Now().Add(-10 * time.Second)
	for _, tt := range []struct {
		s    decor.Statistics
		want string
	}{
		{decor.Statistics{Total: 0, Current: 5}, ""},
		{decor.Statistics{Total: 100, Current: 0}, " ETA -"},
		{decor.Statistics{Total: 100, Current: 50}, " ETA 10s"},
		{decor.Statistics{Total: 100, Current: 100, Completed: true}, " ETA 0s"},
	} {
		got, _ := eta(start).Decor(tt.s)
		if strings.TrimLeft(got, " ") != strings.TrimLeft(tt.want, " ") {
			t.Errorf("eta(%+v) = %q; want %q", tt.s, got, tt.want)
		}
	}

	cw := &fakeConsole{width: 100, height: 20}
	p := newProgressOn(sizedConsole{cw}, "ingest", 0)
	p.Add(2)
	p.SetTotal(4)
	time.Sleep(20 * time.Millisecond)
	p.Add(2)
	p.Done()
	if !regexp.MustCompile(`ingest +4 / 4 .*/s +ETA 0s`).MatchString(cw.String()) {
		t.Errorf("display after SetTotal %q: want the total and an ETA", cw.String())
	}
}
