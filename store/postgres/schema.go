package postgres

// migrations are the schema versions; migrations[i] takes the schema to
// version i+1. Never edit a released migration: append a new one.
var migrations = []string{
	// 1: articles, stories, search index, layers, events, merged events.
	`
CREATE TABLE articles (
	seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,
	source      TEXT NOT NULL,
	title       TEXT NOT NULL,
	url         TEXT NOT NULL,
	site        TEXT NOT NULL,
	date        TEXT NOT NULL,
	date_source TEXT NOT NULL,
	story       TEXT NOT NULL,
	minhash     BYTEA NOT NULL,
	text        TEXT NOT NULL,
	analysis    TEXT NOT NULL,
	n_events    INTEGER NOT NULL,
	n_quotes    INTEGER NOT NULL,
	n_findings  INTEGER NOT NULL,
	added       TEXT NOT NULL,
	tsv         tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED
);
CREATE INDEX articles_date ON articles (date, seq);
CREATE INDEX articles_story ON articles (story);

CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE stories (
	id         TEXT PRIMARY KEY,
	first_date TEXT NOT NULL,
	size       INTEGER NOT NULL,
	added      TEXT NOT NULL
);

CREATE TABLE minhash_bands (
	band_key    BIGINT NOT NULL,
	article_seq BIGINT NOT NULL REFERENCES articles (seq)
);
CREATE INDEX minhash_bands_key ON minhash_bands (band_key);

CREATE TABLE entities (
	id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id TEXT NOT NULL REFERENCES articles (id),
	idx        INTEGER NOT NULL,
	kb_id      TEXT NOT NULL,
	name       TEXT NOT NULL,
	type       TEXT NOT NULL,
	country    TEXT NOT NULL,
	mentions   INTEGER NOT NULL,
	date       TEXT NOT NULL
);
CREATE INDEX entities_article ON entities (article_id);
CREATE INDEX entities_kb ON entities (kb_id) WHERE kb_id <> '';
CREATE INDEX entities_name ON entities (name);

CREATE TABLE quotes (
	id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id     TEXT NOT NULL REFERENCES articles (id),
	idx            INTEGER NOT NULL,
	date           TEXT NOT NULL,
	speaker_entity TEXT NOT NULL,
	speaker_name   TEXT NOT NULL,
	speaker_lc     TEXT NOT NULL,
	kind           TEXT NOT NULL,
	data           TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_date ON quotes (date, id);
CREATE INDEX quotes_speaker ON quotes (speaker_entity) WHERE speaker_entity <> '';

CREATE TABLE findings (
	id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id TEXT NOT NULL REFERENCES articles (id),
	idx        INTEGER NOT NULL,
	date       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	verdict    TEXT NOT NULL,
	data       TEXT NOT NULL
);
CREATE INDEX findings_article ON findings (article_id);
CREATE INDEX findings_kind ON findings (kind, date);
CREATE INDEX findings_date ON findings (date, id);

CREATE TABLE merged_events (
	id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	day            TEXT COLLATE "C" NOT NULL,
	source         TEXT NOT NULL,
	target         TEXT NOT NULL,
	cameo          TEXT COLLATE "C" NOT NULL,
	source_name    TEXT NOT NULL,
	target_name    TEXT NOT NULL,
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	source_sector  TEXT NOT NULL,
	target_sector  TEXT NOT NULL,
	plover         TEXT NOT NULL,
	quad_class     INTEGER NOT NULL,
	goldstein      DOUBLE PRECISION NOT NULL,
	num_mentions   INTEGER NOT NULL,
	num_sources    INTEGER NOT NULL,
	num_articles   INTEGER NOT NULL,
	place          TEXT NOT NULL,
	place_country  TEXT NOT NULL,
	lat            DOUBLE PRECISION NOT NULL,
	lon            DOUBLE PRECISION NOT NULL,
	has_geo        INTEGER NOT NULL,
	is_root        INTEGER NOT NULL,
	first_article  TEXT NOT NULL,
	first_source   TEXT NOT NULL,
	added          TEXT NOT NULL,
	UNIQUE (day, source, target, cameo)
);
CREATE INDEX merged_events_day ON merged_events (day, id);
CREATE INDEX merged_events_target ON merged_events (target, day);

CREATE TABLE merged_event_sources (
	merged_id BIGINT NOT NULL REFERENCES merged_events (id),
	outlet    TEXT NOT NULL,
	PRIMARY KEY (merged_id, outlet)
);

CREATE TABLE events (
	id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id  TEXT NOT NULL REFERENCES articles (id),
	idx         INTEGER NOT NULL,
	day         TEXT COLLATE "C" NOT NULL,
	source      TEXT NOT NULL,
	target      TEXT NOT NULL,
	source_name TEXT NOT NULL,
	target_name TEXT NOT NULL,
	cameo       TEXT COLLATE "C" NOT NULL,
	quad_class  INTEGER NOT NULL,
	goldstein   DOUBLE PRECISION NOT NULL,
	factual     INTEGER NOT NULL,
	merged_id   BIGINT NOT NULL,
	data        TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_day ON events (day, id);
-- Dyad timelines and source filters: covering, so a timeline never
-- touches the table.
CREATE INDEX events_dyad ON events (source, target, day, quad_class, goldstein, factual);
CREATE INDEX events_target ON events (target, day);
CREATE INDEX events_cameo ON events (cameo, day);
CREATE INDEX events_merged ON events (merged_id);
`,
	// 2: article length in characters, for GDELT's MentionDocLen.
	`ALTER TABLE articles ADD COLUMN n_chars INTEGER NOT NULL DEFAULT 0`,
	// 3: newest-first event lists per actor side (see sqlstore.newestFirst).
	`CREATE INDEX events_source ON events (source, day);
CREATE INDEX merged_events_source ON merged_events (source, day);`,
	// 4: indexes no query uses cost ingest time: articles by actor go
	// through entities_kb and entities_name; no query looks events up by
	// merged id.
	`DROP INDEX entities_article;
DROP INDEX events_merged;`,
	// 5: newest-first events of one direction of a dyad. events_dyad
	// (covering, for timelines) cannot give day-then-id order, so
	// without this index a planner walks events_source and filters on
	// target, reading every event of a frequent source.
	`CREATE INDEX events_pair ON events (source, target, day)`,
	// 6: ingest cost on the server. Each layer row's foreign key to its
	// article ran a lookup and queued a trigger per row (125,000 for
	// 5,000 articles); Put writes an article and its rows in one
	// transaction, so the keys only cost time (SQLite never enforced
	// them). The analysis JSON (~10 KB) is compressed with lz4 rather
	// than pglz, a quarter of the article insert's time; a server built
	// without lz4 keeps pglz. Stored values are unchanged.
	`ALTER TABLE entities DROP CONSTRAINT IF EXISTS entities_article_id_fkey;
ALTER TABLE quotes DROP CONSTRAINT IF EXISTS quotes_article_id_fkey;
ALTER TABLE findings DROP CONSTRAINT IF EXISTS findings_article_id_fkey;
ALTER TABLE events DROP CONSTRAINT IF EXISTS events_article_id_fkey;
ALTER TABLE minhash_bands DROP CONSTRAINT IF EXISTS minhash_bands_article_seq_fkey;
ALTER TABLE merged_event_sources DROP CONSTRAINT IF EXISTS merged_event_sources_merged_id_fkey;
DO $$
BEGIN
	EXECUTE 'ALTER TABLE articles ALTER COLUMN analysis SET COMPRESSION lz4';
EXCEPTION WHEN OTHERS THEN
	NULL;
END
$$;`,
	// 7: the countries of an event's actors, so a dyad timeline between
	// two countries counts the events of their people and bodies too
	// (a prime minister's, a ministry's), as GDELT's country codes do;
	// covering, like events_dyad.
	`ALTER TABLE events ADD COLUMN source_country TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN target_country TEXT NOT NULL DEFAULT '';
UPDATE events SET source_country = COALESCE(data::jsonb ->> 'source_country', ''),
	target_country = COALESCE(data::jsonb ->> 'target_country', '')
	WHERE data::jsonb ? 'source_country' OR data::jsonb ? 'target_country';
CREATE INDEX events_cdyad ON events (source_country, target_country, day, quad_class, goldstein, factual);`,
	// 8: quotes, findings and events of one article by the article's
	// seq. An index on article_id (a content hash) took each new row on
	// a random page, so every commit dirtied (and logged) a page per
	// article in each of the three; seqs only grow, so new rows go at
	// the index's end.
	`ALTER TABLE quotes ADD COLUMN article_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE findings ADD COLUMN article_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN article_seq BIGINT NOT NULL DEFAULT 0;
UPDATE quotes q SET article_seq = a.seq FROM articles a WHERE a.id = q.article_id;
UPDATE findings f SET article_seq = a.seq FROM articles a WHERE a.id = f.article_id;
UPDATE events e SET article_seq = a.seq FROM articles a WHERE a.id = e.article_id;
DROP INDEX quotes_article;
DROP INDEX findings_article;
DROP INDEX events_article;
CREATE INDEX quotes_article ON quotes (article_seq);
CREATE INDEX findings_article ON findings (article_seq);
CREATE INDEX events_article ON events (article_seq);`,
}
