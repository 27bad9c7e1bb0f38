package main

import (
	"context"
	"slices"
	"strconv"
	"time"

	"github.com/sitrep-project/sitrep/ingest"
	"github.com/vbauerster/cupwriter"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// A progress shows items done, rate and ETA on a terminal. It is silent
// (all methods are no-ops) when stderr is not a terminal or CI is set, so
// pipes and CI logs stay clean. A nil *progress is valid.
type progress struct {
	p   *mpb.Progress
	bar *mpb.Bar
}

// newProgress starts a progress display named name on env.Stderr. total
// is the number of items expected, or 0 when unknown (no ETA then).
func newProgress(env *Env, name string, total int64) *progress {
	if !isTerminal(env.Stderr) || env.Getenv("CI") != "" {
		return nil
	}
	return newProgressOn(sizedConsole{cupwriter.New(env.Stderr, false)}, name, total)
}

// startProgress starts a progress display named name for reading paths
// (nil when stderr is not a terminal or CI is set). The articles are
// counted beside the real run, so that the display shows a total and an
// ETA: reading is cheap next to analysis. A count that takes over a
// second arrives later as SetTotal; standard input cannot be read twice
// and gets no total.
func startProgress(ctx context.Context, env *Env, name string, paths []string, opts ingest.Options) *progress {
	if !isTerminal(env.Stderr) || env.Getenv("CI") != "" {
		return nil
	}
	if slices.Contains(paths, "-") {
		return newProgress(env, name, 0)
	}
	opts.Stdin = nil
	total := make(chan int64, 1)
	go func() {
		n := int64(0)
		if ingest.Read(ctx, paths, opts, func(*ingest.Article) error { n++; return nil }, nil) == nil {
			total <- n
		}
		close(total)
	}()
	select {
	case n, ok := <-total:
		if ok && n > 0 {
			return newProgress(env, name, n)
		}
		return newProgress(env, name, 0)
	case <-time.After(time.Second):
		prog := newProgress(env, name, 0)
		go func() {
			if n, ok := <-total; ok && n > 0 {
				prog.SetTotal(n)
			}
		}()
		return prog
	}
}

// A sizedConsole is a terminal that reports a usable size. Some
// pseudo-terminals (script(1) without a controlling terminal, docker or
// kubectl exec before the size is set, editors' shells) report 0x0, and
// mpb then renders no line at all; such a terminal counts as 80x24.
type sizedConsole struct{ mpb.ConsoleWriter }

// GetTermSize returns the terminal's size, 80 columns and 24 rows in
// place of a zero width or height.
func (c sizedConsole) GetTermSize() (width, height int, err error) {
	width, height, err = c.ConsoleWriter.GetTermSize()
	if err != nil {
		return 80, 24, nil
	}
	if width <= 0 {
		width = 80
	}
	if height <= 0 {
		height = 24
	}
	return width, height, nil
}

// newProgressOn starts a progress display on the console cw.
func newProgressOn(cw mpb.ConsoleWriter, name string, total int64) *progress {
	p := mpb.New(mpb.WithConsoleWriter(cw), mpb.WithWidth(40))
	start := time.Now()
	bar := p.New(total, mpb.BarStyle(),
		mpb.PrependDecorators(decor.Name(name+" ", decor.WC{C: decor.DindentRight}), decor.CurrentNoUnit("%d", decor.WC{W: 7}), decor.Any(func(s decor.Statistics) string {
			if s.Total > 0 {
				return " / " + itoa(s.Total)
			}
			return ""
		})),
		mpb.AppendDecorators(rate(start), eta(start)),
	)
	return &progress{p: p, bar: bar}
}

// rate is the average rate since start in items per second. Unlike
// mpb's AverageSpeed it is also shown when the work completes before the
// first refresh.
func rate(start time.Time) decor.Decorator {
	return decor.Any(func(s decor.Statistics) string {
		el := time.Since(start).Seconds()
		if el <= 0 {
			return ""
		}
		return strconv.FormatFloat(float64(s.Current)/el, 'f', 0, 64) + "/s"
	}, decor.WC{W: 9})
}

// eta is the time left at the average rate since start: " ETA 12s", or
// " ETA -" before the first item. It is empty while the total is unknown,
// and appears when a total arrives later (SetTotal).
func eta(start time.Time) decor.Decorator {
	return decor.Any(func(s decor.Statistics) string {
		switch {
		case s.Total <= 0:
			return ""
		case s.Completed || s.Current >= s.Total:
			return " ETA 0s"
		case s.Current <= 0:
			return " ETA -"
		}
		left := time.Duration(float64(time.Since(start)) * float64(s.Total-s.Current) / float64(s.Current))
		return " ETA " + left.Round(time.Second).String()
	}, decor.WC{W: 11})
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Add records n more items done.
func (p *progress) Add(n int) {
	if p != nil {
		p.bar.IncrBy(n)
	}
}

// SetTotal updates the expected total (e.g. once a directory is walked).
func (p *progress) SetTotal(total int64) {
	if p != nil {
		p.bar.SetTotal(total, false)
	}
}

// Done completes the display and waits for it to render.
func (p *progress) Done() {
	if p == nil {
		return
	}
	p.bar.SetTotal(-1, true)
	p.p.Wait()
}
