package pipeline

import (
	"context"
	"sync"

	"github.com/sitrep-project/sitrep/doc"
)

// A Result is one document after the pipeline ran on it.
type Result struct {
	Seq int      // submission order, from 0
	Doc *doc.Doc // the document, annotated as far as the pipeline got
	Err error    // the first stage error, or nil
}

// A Runner runs a Pipeline over many documents on several goroutines.
// Submit feeds it; the sink sees every result on one goroutine, in
// submission order when Ordered is set. At most 2×Workers documents are in
// flight, so a fast producer waits for slow stages (back-pressure) and
// memory stays bounded whatever the corpus size.
//
//	r := pipeline.NewRunner(p, 4, true, func(res pipeline.Result) error { … })
//	for … { if err := r.Submit(ctx, d); err != nil { break } }
//	timings, err := r.Close()
type Runner struct {
	p       *Pipeline
	ordered bool
	sink    func(Result) error

	in      chan Result
	out     chan Result
	workers sync.WaitGroup
	done    chan struct{}
	seq     int

	mu       sync.Mutex
	timings  Timings
	sinkErr  error
	stopOnce sync.Once
	stop     chan struct{}
}

// NewRunner starts workers goroutines (at least 1) running p and a
// collector that calls sink for each result. A sink error stops the
// runner: further Submits fail with it and Close returns it.
func NewRunner(p *Pipeline, workers int, ordered bool, sink func(Result) error) *Runner {
	if workers < 1 {
		workers = 1
	}
	r := &Runner{
		p: p, ordered: ordered, sink: sink,
		in:   make(chan Result, workers),
		out:  make(chan Result, workers),
		done: make(chan struct{}),
		stop: make(chan struct{}),
	}
	for range workers {
		r.workers.Add(1)
		go r.work()
	}
	go r.collect()
	return r
}

func (r *Runner) work() {
	defer r.workers.Done()
	var t Timings
	for job := range r.in {
		job.Err = r.p.Run(job.Doc, &t)
		r.out <- job
	}
	r.mu.Lock()
	r.timings.Add(&t)
	r.mu.Unlock()
}

func (r *Runner) collect() {
	defer close(r.done)
	pending := map[int]Result{}
	next := 0
	deliver := func(res Result) {
		if r.sinkErr != nil {
			return
		}
		if err := r.sink(res); err != nil {
			r.sinkErr = err
			r.stopOnce.Do(func() { close(r.stop) })
		}
	}
	for res := range r.out {
		if !r.ordered {
			deliver(res)
			continue
		}
		pending[res.Seq] = res
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			deliver(res)
		}
	}
}

// Submit queues d, blocking while the workers are busy. It fails when ctx
// is done or the sink has failed.
func (r *Runner) Submit(ctx context.Context, d *doc.Doc) error {
	job := Result{Seq: r.seq, Doc: d}
	select {
	case r.in <- job:
		r.seq++
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-r.stop:
		return r.sinkError()
	}
}

func (r *Runner) sinkError() error {
	<-r.stop
	// sinkErr is written by the collector before stop is closed.
	return r.sinkErr
}

// Close waits for every submitted document to reach the sink and returns
// the time spent per stage, summed over workers, and the sink's error.
func (r *Runner) Close() (*Timings, error) {
	close(r.in)
	r.workers.Wait()
	close(r.out)
	<-r.done
	r.mu.Lock()
	defer r.mu.Unlock()
	return &r.timings, r.sinkErr
}
