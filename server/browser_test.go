package server_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sitrep-project/sitrep/doc"
	"github.com/sitrep-project/sitrep/server"
	"github.com/sitrep-project/sitrep/server/web"
	"github.com/sitrep-project/sitrep/store/storetest"
)

// chromiumPath finds Debian's chromium, or skips the test.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	for _, name := range []string{os.Getenv("SITREP_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium found (apt-get install chromium, or set SITREP_CHROMIUM): skipping browser tests")
	return ""
}

// artifactDir is where screenshots go: $SITREP_ARTIFACTS if set, else a
// temporary directory.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("SITREP_ARTIFACTS"); d != "" {
		dir := filepath.Join(d, "screenshots")
		if err := os.MkdirAll(dir, 0o755); err == nil {
			return dir
		}
	}
	return t.TempDir()
}

func TestDashboardInBrowser(t *testing.T) {
	chrome := chromiumPath(t)
	st := openStore(t)
	text := "Israel and Iran held talks in Muscat on Monday. Israel struck targets in Syria. <script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">"
	d := storetest.NewDoc(storetest.DocSpec{Title: "Talks <script>window.__xss=3</script>", Text: text, Date: "2024-03-04",
		Entities: [][2]string{{"ISR", "Israel"}, {"IRN", "Iran"}},
		Events: []storetest.EventSpec{
			{Source: "ISR", Target: "IRN", Cameo: "040", Quad: 1, Goldstein: 1},
			{Source: "IRN", Target: "ISR", Cameo: "040", Quad: 1, Goldstein: 1},
			{Source: "ISR", Target: "SYR", Cameo: "195", Quad: 4, Goldstein: -10, Date: "2024-03-11"},
		},
		Quotes:   [][3]string{{"Abbas Araghchi", "person.abbas-araghchi", "We are ready."}},
		Findings: [][2]string{{doc.FindRoleMismatch, doc.Contradicted}}})
	if _, err := st.Put(context.Background(), []*doc.Doc{d}); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(server.New(st, server.Options{Dashboard: web.Handler()}).Handler())
	defer ts.Close()

	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("no-first-run", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	defer cancelT()

	var mu sync.Mutex
	var console []string
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				mu.Lock()
				console = append(console, fmt.Sprintf("%s (%s:%d:%d)", m.String(), m.URL, m.Line, m.Column))
				mu.Unlock()
			}
		}
	}()

	shots := artifactDir(t)
	pages := []struct {
		name, hash, ready string
		check             string // JS expression that must be true
	}{
		{"overview", "#/", "document.querySelectorAll('.stat').length >= 6", "document.querySelectorAll('ul.list li a').length > 0"},
		{"article", "#/article/" + d.ID, "document.querySelectorAll('#article-text span.ann').length > 0",
			"document.getElementById('article-text').textContent.includes('<script>window.__xss=1</script>') && document.querySelectorAll('.finding.contradicted').length === 1"},
		{"findings", "#/findings?verdict=contradicted", "document.querySelectorAll('.badge.contradicted').length > 0", "true"},
		{"dyad", "#/dyad?a=ISR&b=IRN&interval=week", "document.querySelector('#dyad-chart canvas') !== null", "true"},
		{"network", "#/network", "document.querySelector('#network-chart canvas') !== null", "true"},
		{"map", "#/map", "document.querySelector('#map-chart canvas') !== null", "true"},
		{"search", "#/search?q=Muscat", "document.querySelectorAll('mark').length > 0", "true"},
	}
	for _, p := range pages {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"+p.hash)); err != nil {
			t.Fatalf("%s: navigate: %v", p.name, err)
		}
		ok := false
		for i := 0; i < 100 && !ok; i++ {
			v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](p.ready))
			if err == nil && v {
				ok = true
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if !ok {
			t.Errorf("%s: page never became ready (%s)", p.name, p.ready)
		}
		if v, err := chromedp.Run(ctx, chromedp.Evaluate[bool](p.check)); err != nil || !v {
			t.Errorf("%s: check failed: %s (err %v)", p.name, p.check, err)
		}
		if v, _ := chromedp.Run(ctx, chromedp.Evaluate[bool]("window.__xss !== undefined")); v {
			t.Errorf("%s: article markup ran in the page", p.name)
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Errorf("%s: screenshot: %v", p.name, err)
			continue
		}
		if err := os.WriteFile(filepath.Join(shots, p.name+".png"), png, 0o644); err != nil {
			t.Error(err)
		}
	}
	// Click a highlight: the record panel opens.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/#/article/"+d.ID)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	if err := chromedp.Do(ctx, chromedp.Click("#article-text span.ann")); err != nil {
		t.Errorf("click highlight: %v", err)
	}
	if v, _ := chromedp.Run(ctx, chromedp.Evaluate[bool]("!document.getElementById('panel').hidden && document.querySelectorAll('#panel pre.record').length > 0")); !v {
		t.Errorf("clicking a highlight did not open its record")
	}
	// Leave a page before its data has arrived: nothing of it may land
	// on the page that replaced it (the search's hits on the map page).
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("location.hash = '#/search?q=Muscat'; setTimeout(function () { location.hash = '#/map'; }, 0); true")); err != nil {
		t.Errorf("quick navigation: %v", err)
	}
	settled := false
	for i := 0; i < 50 && !settled; i++ {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("document.querySelector('#map-chart canvas') !== null"))
		settled = err == nil && v
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // the search's answer has arrived by now
	if v, _ := chromedp.Run(ctx, chromedp.Evaluate[bool]("document.querySelectorAll('mark').length === 0")); !settled || !v {
		t.Errorf("a page left before its data arrived drew into the next one (map drawn %v)", settled)
	}
	time.Sleep(200 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if len(console) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(console, "\n"))
	}
	t.Logf("screenshots in %s", shots)
}
