package main

import (
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
	p := mpb.New(mpb.WithOutput(env.Stderr), mpb.WithWidth(40))
	eta := decor.Any(func(decor.Statistics) string { return "" })
	if total > 0 {
		eta = decor.AverageETA(decor.ET_STYLE_GO, decor.WC{W: 6})
	}
	bar := p.New(total, mpb.BarStyle(),
		mpb.PrependDecorators(decor.Name(name+" ", decor.WC{C: decor.DindentRight}), decor.CurrentNoUnit("%d", decor.WC{W: 7}), decor.Any(func(s decor.Statistics) string {
			if s.Total > 0 {
				return " / " + itoa(s.Total)
			}
			return ""
		})),
		mpb.AppendDecorators(decor.AverageSpeed(0, " %.0f/s", decor.WC{W: 9}), decor.Name(" ETA "), eta),
	)
	return &progress{p: p, bar: bar}
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
