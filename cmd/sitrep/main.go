// Command sitrep reads news articles and turns them into structured,
// checkable intelligence: entities linked to a knowledge base, quotes with
// speakers, resolved dates, coded events, topics and verified claims.
//
// Run "sitrep help" for the list of commands.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"strings"
	"syscall"
)

// Exit codes.
const (
	exitOK     = 0 // everything worked
	exitFailed = 1 // some inputs failed (the others were processed)
	exitUsage  = 2 // bad command line
)

// A command is one sitrep subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

// Env is what a command may touch of the outside world. Tests replace it.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// commands lists every subcommand. Each lives in its own file.
func commands() []command {
	return []command{
		{"help", "show help for sitrep or one command", runHelp},
		{"version", "print the version", runVersion},
		{"eval", "score sitrep against public gold data", runEval},
		{"bench", "measure throughput, per-stage time and peak memory", runBench},
		{"serve", "serve the store over HTTP: API and dashboard", runServe},
		{"analyze", "analyse articles: text, date, sentences, entities, quotes, findings", runAnalyze},
		{"kb", "inspect, check and import the knowledge base", runKB},
		{"ingest", "analyse articles and store them (SQLite or PostgreSQL), crash-safe", runIngest},
		{"query", "query a store: articles, search, events, timelines, network, quotes, findings", runQuery},
		{"export", "export a store: GDELT 2.0 events/mentions, CSV, JSONL, ClaimReview", runExport},
	}
}

// usageError is a bad command line; main prints it with a hint and exits 2.
type usageError struct {
	cmd string
	msg string
}

func (e *usageError) Error() string { return e.msg }

// errSomeFailed reports that some inputs failed; each failure has already
// been printed on stderr. main exits 1.
var errSomeFailed = errors.New("some inputs failed")

// errHelp is returned when -h was asked for; main exits 0.
var errHelp = flag.ErrHelp

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	code := Main(ctx, env, os.Args[1:])
	stop()
	os.Exit(code)
}

// Main runs sitrep with args and returns the exit code. It is the only
// place that turns errors into exit codes.
func Main(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		printUsage(env.Stderr)
		return exitUsage
	}
	name := args[0]
	if name == "-h" || name == "--help" || name == "-help" {
		printUsage(env.Stdout)
		return exitOK
	}
	if name == "--version" || name == "-version" {
		name = "version"
	}
	var cmd *command
	for _, c := range commands() {
		if c.name == name {
			c := c
			cmd = &c
		}
	}
	if cmd == nil {
		fmt.Fprintf(env.Stderr, "sitrep: unknown command %q\nTry: sitrep help\n", name)
		return exitUsage
	}
	err := cmd.run(ctx, env, args[1:])
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.As(err, &ue):
		// A subcommand's usage error ("kb import", "eval ner") points at
		// the subcommand's help, which lists its flags.
		name := cmd.name
		if strings.HasPrefix(ue.cmd, cmd.name+" ") {
			name = ue.cmd
		}
		fmt.Fprintf(env.Stderr, "sitrep %s: %s\nTry: sitrep %s -h\n", name, ue.msg, name)
		return exitUsage
	case errors.Is(err, errSomeFailed):
		return exitFailed
	default:
		name := cmd.name
		var se *subcommandError
		if errors.As(err, &se) {
			name = se.name
		}
		fmt.Fprintf(env.Stderr, "sitrep %s: %v\n", name, plainPathError(err))
		return exitFailed
	}
}

// A subcommandError is an error of a subcommand ("eval ner", "kb import"),
// so that main names the subcommand in front of it.
type subcommandError struct {
	name string
	err  error
}

func (e *subcommandError) Error() string { return e.err.Error() }
func (e *subcommandError) Unwrap() error { return e.err }

// inSubcommand marks err as an error of the subcommand name (nil stays nil).
func inSubcommand(name string, err error) error {
	if err == nil {
		return nil
	}
	return &subcommandError{name: name, err: err}
}

// plainPathError drops the system call from a bare *fs.PathError, so that
// "lstat gold/: no such file or directory" reads "gold/: no such file or
// directory": the input first, then what is wrong with it.
func plainPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && err.Error() == pe.Error() {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
	}
	return err
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "sitrep turns news articles into structured, checkable intelligence.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: sitrep <command> [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'sitrep <command> -h' for a command's flags.")
	fmt.Fprintln(w, "Exit codes: 0 ok, 1 some inputs failed, 2 usage error.")
}

func runHelp(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 {
		printUsage(env.Stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] && c.name != "help" {
			// "help kb import" and "help eval ner" show the subcommand's
			// help; for the others a second word is ignored.
			if len(args) > 1 && (c.name == "kb" || c.name == "eval") {
				return c.run(ctx, env, []string{args[1], "-h"})
			}
			return c.run(ctx, env, []string{"-h"})
		}
	}
	return &usageError{cmd: "help", msg: fmt.Sprintf("unknown command %q", args[0])}
}

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func runVersion(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "version", "version [--json]", "Prints the version of sitrep and of the Go toolchain that built it.")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := fs.parse(args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return &usageError{cmd: "version", msg: fmt.Sprintf("unexpected argument %q", pos[0])}
	}
	if *asJSON {
		b, err := json.Marshal(struct {
			Version string `json:"version"`
			Go      string `json:"go"`
		}{version, runtime.Version()})
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(env.Stdout, "%s\n", b)
		return err
	}
	_, err = fmt.Fprintf(env.Stdout, "sitrep %s (%s)\n", version, runtime.Version())
	return err
}

// A flagSet is a command's flags plus the text -h prints.
type flagSet struct {
	*flag.FlagSet
	env      *Env
	synopsis string
	about    string
}

// newFlagSet returns a flag set for a command. Parse errors come back as
// usage errors (one line) instead of printing the whole usage; -h prints
// the usage on stdout. synopsis is the line after "Usage: sitrep".
func newFlagSet(env *Env, name, synopsis, about string) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &flagSet{FlagSet: fs, env: env, synopsis: synopsis, about: about}
}

// PrintUsage writes the command's usage and flags to w.
func (fs *flagSet) PrintUsage(w io.Writer) {
	fmt.Fprintf(w, "Usage: sitrep %s\n\n%s\n\nFlags:\n", fs.synopsis, strings.TrimSpace(fs.about))
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// parse parses args, turning flag errors into usage errors. Flags may
// come after positional arguments ("analyze a.txt --json"); "--" ends
// flags. It returns the positional arguments.
func (fs *flagSet) parse(args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.PrintUsage(fs.env.Stdout)
				return nil, errHelp
			}
			return nil, &usageError{cmd: fs.Name(), msg: err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
