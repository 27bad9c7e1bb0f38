package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// probeDoc is the part of the v1 analysis the probe checks read.
type probeDoc struct {
	Text   string `json:"text"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker struct {
			Name  string `json:"name"`
			Title string `json:"title"`
			Kind  string `json:"kind"`
		} `json:"speaker"`
	} `json:"quotes"`
	Entities []struct {
		Name string `json:"name"`
		Type string `json:"type"`
	} `json:"entities"`
	Topics []struct {
		Label string `json:"label"`
		Kind  string `json:"kind"`
	} `json:"topics"`
	Events []struct {
		Source  string `json:"source_name"`
		Code    string `json:"source_code"`
		Target  string `json:"target_name"`
		Cameo   string `json:"cameo"`
		Date    string `json:"date"`
		Negated bool   `json:"negated"`
	} `json:"events"`
	Times []struct {
		Text  string `json:"text"`
		Value string `json:"value"`
	} `json:"times"`
	Places []struct {
		Name    string `json:"name"`
		Country string `json:"country"`
	} `json:"places"`
	Findings []struct {
		Kind    string `json:"kind"`
		Verdict string `json:"verdict"`
		Claim   string `json:"claim"`
	} `json:"findings"`
}

func (d *probeDoc) quote(prefix string) (name, title, kind string, ok bool) {
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, prefix) {
			return q.Speaker.Name, q.Speaker.Title, q.Speaker.Kind, true
		}
	}
	return "", "", "", false
}

func (d *probeDoc) time(text string) string {
	for _, tm := range d.Times {
		if tm.Text == text {
			return tm.Value
		}
	}
	return ""
}

// TestAnalyzeProbes runs the whole pipeline over short articles the team
// wrote about other countries and years (testdata/probes, dated by their
// file names) and checks readings that once went wrong there: report
// boundaries, speakers, negation, self-directed attacks, event dates,
// shared regions, weekday direction and relation claims.
func TestAnalyzeProbes(t *testing.T) {
	analyze := func(name string) *probeDoc {
		t.Helper()
		path := filepath.Join("testdata", "probes", name)
		out, errs, code := runMain(t, context.Background(), "", "analyze", "--json", "--date", name[:10], path)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
		var d probeDoc
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return &d
	}

	d := analyze("2023-06-06-germany-ukraine.txt")
	if name, _, _, ok := d.quote("Germany will deliver three more"); !ok || name != "Olaf Scholz" {
		t.Errorf("germany-ukraine: \"Germany will deliver …, Scholz said on Tuesday, as …\" is reported by %q; want Olaf Scholz", name)
	}
	if name, _, _, ok := d.quote(`"Every day we wait`); !ok || name != "Denys Shmyhal" {
		t.Errorf("germany-ukraine: \"the Ukrainian leader\" resolves to %q; want Denys Shmyhal", name)
	}

	d = analyze("2023-05-21-sudan-truce.txt")
	if name, title, _, ok := d.quote(`"We welcome this step`); !ok || name != "Volker Perthes" || title != "U.N. special envoy for Sudan" {
		t.Errorf("sudan: speaker %q, title %q; want Volker Perthes, U.N. special envoy for Sudan", name, title)
	}
	if name, _, _, ok := d.quote("The truce, brokered"); !ok || name != "Saudi Arabia and the United States" {
		t.Errorf("sudan: \"the statement said\" is %q; want the authors of the joint statement", name)
	}
	if v := d.time("Monday evening"); v != "2023-05-22TEV" {
		t.Errorf("sudan: \"a ceasefire starting Monday evening\" = %q; want the coming Monday, 2023-05-22TEV", v)
	}

	d = analyze("2023-01-18-colombia-eln.txt")
	accused := 0
	for _, e := range d.Events {
		if strings.HasPrefix(e.Cameo, "112") {
			accused++
			if e.Negated {
				t.Errorf("colombia: \"denied responsibility … and accused the army\" flags the accusation negated: %+v", e)
			}
		}
	}
	if accused == 0 {
		t.Errorf("colombia: no accusation coded in \"… and accused the army of violating the truce\"")
	}

	d = analyze("2023-03-15-india-pakistan.txt")
	for _, e := range d.Events {
		if e.Source != "" && e.Source == e.Target && strings.HasPrefix(e.Cameo, "19") {
			t.Errorf("india-pakistan: an actor attacks itself: %+v", e)
		}
	}
	kashmir := 0
	for _, p := range d.Places {
		if p.Name == "Kashmir" {
			kashmir++
			if p.Country != "" {
				t.Errorf("india-pakistan: Kashmir is filed under %s; a disputed region of several countries names none", p.Country)
			}
		}
	}
	if kashmir == 0 {
		t.Errorf("india-pakistan: Kashmir is no place")
	}
	if name, _, _, ok := d.quote("Indian and Pakistani troops"); !ok || name != "officials on both sides" {
		t.Errorf("india-pakistan: speaker %q; want the report after the two-city dateline by \"officials on both sides\"", name)
	}

	d = analyze("2023-11-16-kenya-haiti.txt")
	if name, _, _, ok := d.quote("the mission was unconstitutional"); !ok || !strings.Contains(name, "Raila Odinga's Azimio coalition") {
		t.Errorf("kenya-haiti: speaker %q; want the opposition leader's coalition", name)
	}

	d = analyze("2024-07-09-mercosur.txt")
	if v := d.time("Monday"); v != "2024-07-08" {
		t.Errorf("mercosur: \"held their first face-to-face meeting on Monday\" = %q; want 2024-07-08", v)
	}
	if name, title, _, ok := d.quote("the bloc should sign"); !ok || name != "Luis Lacalle Pou" || title != "Uruguay's" {
		t.Errorf("mercosur: speaker %q, title %q; want Luis Lacalle Pou, Uruguay's", name, title)
	}

	d = analyze("2025-07-10-uk-france.txt")
	if name, _, kind, ok := d.quote("'We will judge it by results,'"); !ok || name != "a Downing Street source" || kind != "unnamed" {
		t.Errorf("uk-france: speaker %q (%s); want the unnamed Downing Street source", name, kind)
	}

	d = analyze("2021-02-01-myanmar-coup.txt")
	for _, e := range d.Entities {
		if strings.EqualFold(e.Name, "Yangon") && e.Type != "place" {
			t.Errorf("myanmar: the dateline YANGON is a %s; want a place", e.Type)
		}
	}
	for _, tp := range d.Topics {
		if tp.Kind == "theme" && tp.Label == "sports" {
			t.Errorf("myanmar: the National League for Democracy makes the coup a sports story")
		}
	}
	if name, title, _, ok := d.quote(`UN Secretary-General Antonio Guterres "strongly condemned"`); !ok || name != "Stephane Dujarric" || title != "spokesman" {
		t.Errorf("myanmar: '… strongly condemned the detentions, his spokesman Stephane Dujarric said' is reported by %q (%q)", name, title)
	}
	milSaid := false
	for _, e := range d.Events {
		if e.Cameo == "010" && e.Code == "MMRMIL" {
			milSaid = true
		}
	}
	if !milSaid {
		t.Errorf("myanmar: 'The military said' after 'Myanmar's military seized power' is not Myanmar's military")
	}

	d = analyze("2023-05-20-sudan-jeddah.txt")
	for _, f := range d.Findings {
		if f.Kind == "office_nonexistent" {
			t.Errorf("sudan-jeddah: %q claims a state office: %+v", "RSF commander", f)
		}
	}
	if name, _, _, ok := d.quote("Sudan's warring army and paramilitary"); !ok || name != "Saudi Arabia and the United States" {
		t.Errorf("sudan-jeddah: '… agreed … to a ceasefire that will …, Saudi Arabia and the United States said' is reported by %q", name)
	}
	agree := map[string]bool{}
	for _, e := range d.Events {
		if e.Cameo == "0356" {
			agree[e.Source] = true
		}
		if e.Cameo == "010" && (e.Source == "Saudi Arabia" || e.Source == "United States") && e.Date != "2023-05-20" {
			t.Errorf("sudan-jeddah: the joint statement is dated %s, the truce's day; want the article's, 2023-05-20", e.Date)
		}
	}
	if !agree["Sudan"] || !agree["Rapid Support Forces"] {
		t.Errorf("sudan-jeddah: the ceasefire agreement's parties are %v; want the army (Sudan) and the RSF", agree)
	}

	d = analyze("2022-03-03-iran-saudi-yemen.txt")
	contradicted := map[string]bool{}
	for _, f := range d.Findings {
		if f.Verdict == "contradicted" {
			contradicted[f.Claim] = true
		}
	}
	for _, want := range []string{"Iranian Foreign Minister Mohammad Javad Zarif (article date 2022-03-03)", "Late Iranian President Ebrahim Raisi (article date 2022-03-03)", "The two countries restored relations in 2019."} {
		if !contradicted[want] {
			t.Errorf("iran-saudi: %q is not contradicted: %+v", want, d.Findings)
		}
	}
	for _, q := range d.Quotes {
		if strings.HasPrefix(q.Text, "Saudi Arabia of prolonging") && q.Text != "Saudi Arabia of prolonging the war in Yemen" {
			t.Errorf("iran-saudi: the accusation runs on into the writer's circumstance: %q", q.Text)
		}
	}

	d = analyze("2019-10-17-brexit-deal.txt")
	if name, _, _, ok := d.quote("there would be no further extension"); !ok || name != "Jean-Claude Juncker" {
		t.Errorf("brexit: 'told reporters in Brussels there would be …' gives %q for the report starting after the place", name)
	}

	d = analyze("2025-03-10-iran-warning.txt")
	restored := false
	for _, f := range d.Findings {
		if f.Kind == "relation_contradicted" && f.Verdict == "contradicted" && strings.Contains(f.Claim, "restored them in 2016") {
			restored = true
		}
	}
	if !restored {
		t.Errorf("iran: \"severed relations … in 1979 and restored them in 2016\": the restoration is not contradicted: %+v", d.Findings)
	}
}
