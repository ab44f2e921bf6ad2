"""Hugo templates (layouts/) of the benchmark's equivalent site.

They mirror overblik's templates/ page by page and do the same work; where
they differ, the difference favours Hugo:
- cross-references are resolved by a link render hook that builds the URL
  without checking the target exists (overblik checks every reference);
- labels are literals or one data file, not a per-language catalogue;
- the indicator chart is one simple SVG (overblik draws a wide and a narrow one
  with axes and findings);
- Hugo renders each page's body once and reuses it (print page, search index);
  overblik renders it for each page that shows it.
Per-initiative derived values (status, staleness, progress) and per-indicator
assessments are computed once with partialCached, as overblik's model does.
"""

L = {}

L["_default/baseof.html"] = r'''<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}{{ if not .IsHome }} – {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ site.Params.subtitle }}{{ end }}">
<link rel="stylesheet" href="{{ "_overblik/style.css" | relURL }}">
<link rel="stylesheet" href="{{ "_overblik/custom.css" | relURL }}">
<link rel="alternate" type="application/atom+xml" title="Opdateringer" href="{{ "opdateringer/feed.xml" | relURL }}">
<script src="{{ "_overblik/overblik.js" | relURL }}" defer></script>
</head>
<body class="page-{{ .Kind }}">
<a class="skip-link" href="#main">Gå til indholdet</a>
{{ partial "site_header.html" . }}
<div class="width-container">
{{ partial "breadcrumbs.html" . }}
<main id="main" class="main" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
</div>
{{ partial "site_footer.html" . }}
</body>
</html>
'''

L["partials/site_header.html"] = r'''{{ $cur := .RelPermalink }}<header class="site-header">
<div class="site-header__band">
<div class="width-container site-header__inner">
<a class="site-header__home" href="{{ "" | relURL }}"><span class="site-header__organisation">{{ site.Params.organisation }}</span><span class="site-header__title">{{ site.Title }}</span></a>
<form class="site-search" id="site-search" role="search" hidden data-results="Resultater" data-none="Ingen resultater" data-kindinitiative="Initiativ" data-kindtheme="Tema" data-kindindicator="Indikator" data-kindpage="Side">
<label class="site-search__label" for="site-search-input">Søg</label>
<div class="site-search__row">
<input class="site-search__input" id="site-search-input" type="search" name="q" autocomplete="off" placeholder="Søg i planen" aria-describedby="search-status">
<button class="site-search__button" type="submit">Søg</button>
</div>
<p class="site-search__status" id="search-status" role="status" aria-live="polite"></p>
<div class="site-search__results" id="search-results" hidden></div>
</form>
</div>
</div>
<nav class="site-nav" aria-label="Hovedmenu">
<div class="width-container">
<ul class="site-nav__list">
{{ range slice (slice "Forside" "") (slice "Initiativer" "initiativer/") (slice "Temaer" "temaer/") (slice "Matrix" "matrix/") (slice "Handleplan" "handleplan/") (slice "Indikatorer" "indikatorer/") (slice "Opdateringer" "opdateringer/") }}{{ $url := index . 1 | relURL }}<li class="site-nav__item"><a class="site-nav__link" href="{{ $url }}"{{ if eq $url $cur }} aria-current="page"{{ end }}>{{ index . 0 }}</a></li>
{{ end }}{{ range site.Menus.main }}<li class="site-nav__item"><a class="site-nav__link" href="{{ .URL }}"{{ if eq .URL $cur }} aria-current="page"{{ end }}>{{ .Name }}</a></li>
{{ end }}</ul>
</div>
</nav>
</header>
'''

L["partials/breadcrumbs.html"] = r'''{{ if not .IsHome }}<nav class="breadcrumbs" aria-label="Brødkrumme">
<ol class="breadcrumbs__list">
<li class="breadcrumbs__item"><a class="breadcrumbs__link" href="{{ "" | relURL }}">Forside</a></li>
{{ with .Parent }}{{ if not .IsHome }}<li class="breadcrumbs__item"><a class="breadcrumbs__link" href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}{{ end }}<li class="breadcrumbs__item"><span class="breadcrumbs__current" aria-current="page">{{ .Title }}</span></li>
</ol>
</nav>
{{ end }}'''

L["partials/site_footer.html"] = r'''<footer class="site-footer">
<div class="width-container site-footer__inner">
<div class="site-footer__about">
<p class="site-footer__organisation">{{ site.Params.organisation }}</p>
<p class="site-footer__department">{{ site.Params.department }}</p>
{{ with site.Params.contact }}<h2 class="site-footer__heading">Kontakt</h2>
<address class="site-footer__contact">
{{ with .name }}<span class="site-footer__line">{{ . }}</span>
{{ end }}{{ with .address }}<span class="site-footer__line">{{ . }}</span>
{{ end }}{{ with .phone }}<span class="site-footer__line">Telefon: {{ . }}</span>
{{ end }}{{ with .email }}<span class="site-footer__line">E-mail: <a href="mailto:{{ . }}">{{ . }}</a></span>
{{ end }}</address>
{{ end }}</div>
<div class="site-footer__data">
<h2 class="site-footer__heading">Åbne data</h2>
<ul class="site-footer__links">
{{ range slice (slice "Initiativer (CSV)" "data/initiatives.csv") (slice "Initiativer (JSON)" "data/initiatives.json") (slice "Matrix (CSV)" "data/matrix.csv") (slice "Indikatorer (CSV)" "data/indicators.csv") (slice "Indikatorer (JSON)" "data/indicators.json") (slice "Vurderinger (CSV)" "data/assessments.csv") }}<li><a href="{{ index . 1 | relURL }}">{{ index . 0 }}</a></li>
{{ end }}<li><a href="{{ "opdateringer/feed.xml" | relURL }}">Opdateringer som feed</a></li>
</ul>
<p class="site-footer__licence">Licens: {{ site.Params.licence }}</p>
</div>
<div class="site-footer__meta">
<ul class="site-footer__links">
<li><a href="{{ "udskrift/" | relURL }}">Hele planen til udskrift</a></li>
</ul>
<p class="site-footer__made-with">Lavet med Hugo</p>
</div>
</div>
</footer>
'''

# Theme lookup tables, built once: id → theme (with its children), the leaf
# themes in display order, and the top-level entries in display order.
L["partials/theme-index.html"] = r'''{{ $byid := dict }}{{ $leaves := slice }}{{ $top := slice }}
{{ range site.Data.themes }}{{ $t := . }}{{ $children := where site.Data.themes "parent" $t.id }}
{{ $byid = merge $byid (dict $t.id (merge $t (dict "children" $children "url" (printf "temaer/%s/" $t.id | relURL)))) }}
{{ if not $t.parent }}{{ $top = $top | append $t.id }}{{ if not $children }}{{ $leaves = $leaves | append $t.id }}{{ end }}{{ range $children }}{{ $leaves = $leaves | append .id }}{{ end }}{{ end }}
{{ end }}{{ return dict "byid" $byid "leaves" $leaves "top" $top }}'''

# An initiative's derived values: current status, progress, last update,
# staleness, owners as a list.
L["partials/status.html"] = r'''{{ $p := . }}{{ $status := "" }}{{ $progress := -1 }}{{ $last := "" }}
{{ range sort ($p.Params.updates | default slice) "date" }}{{ with .status }}{{ $status = . }}{{ end }}{{ with .progress }}{{ $progress = . }}{{ end }}{{ $last = time.Format "2006-01-02" .date }}{{ end }}
{{ with $p.Params.status }}{{ $status = . }}{{ end }}{{ if not $status }}{{ $status = "proposed" }}{{ end }}
{{ $stale := false }}
{{ if in (slice "approved" "started") $status }}{{ $since := $last | default site.Params.published }}
{{ $days := div ((time site.Params.today).Sub (time $since)).Hours 24 }}{{ $stale = gt $days site.Params.stale_after_days }}{{ end }}
{{ $owners := slice }}{{ $o := $p.Params.owner }}{{ if reflect.IsSlice $o }}{{ $owners = $o }}{{ else if $o }}{{ $owners = slice $o }}{{ end }}
{{ $period := "" }}{{ with $p.Params.start }}{{ $period = . }}{{ end }}{{ with $p.Params.end }}{{ $period = printf "%s–%s" $period . }}{{ end }}
{{ return dict "key" $status "label" (index site.Data.labels.status $status) "progress" $progress "last" $last "stale" $stale "owners" $owners "period" $period }}'''

L["partials/card.html"] = r'''{{ $p := .page }}{{ $st := partialCached "status.html" $p $p.RelPermalink }}{{ $ti := partialCached "theme-index.html" "themes" }}<li class="card"{{ if .data }} data-themes="{{ delimit $p.Params.temaer " " }}" data-status="{{ $st.key }}" data-owners="{{ delimit $st.owners "|" }}" data-tags="{{ delimit ($p.Params.tags | default slice) "|" }}" data-title="{{ $p.Title }}" data-updated="{{ $st.last }}"{{ end }}>
<h3 class="card__title"><a href="{{ $p.RelPermalink }}"><span class="num">{{ $p.Params.number }}</span> {{ $p.Title }}</a></h3>
<p class="card__tags"><strong class="tag tag--{{ $st.key }}">{{ $st.label }}</strong>{{ if $st.stale }} <strong class="tag tag--stale">Ikke opdateret</strong>{{ end }}</p>
<p class="card__summary">{{ $p.Params.summary }}</p>
<dl class="card__meta">
<div><dt>Primært tema</dt><dd>{{ (index $ti.byid (index $p.Params.temaer 0)).title }}</dd></div>
{{ with $st.period }}<div><dt>Periode</dt><dd>{{ . }}</dd></div>{{ end }}
{{ with $st.owners }}<div><dt>Ansvarlig</dt><dd>{{ delimit . ", " }}</dd></div>{{ end }}
{{ if .data }}{{ with $st.last }}<div><dt>Seneste opdatering</dt><dd>{{ time.Format "2. January 2006" . }}</dd></div>{{ end }}{{ end }}
{{ if ge $st.progress 0 }}<div><dt>Fremdrift</dt><dd><progress max="100" value="{{ $st.progress }}" aria-hidden="true"></progress> {{ $st.progress }} %</dd></div>{{ end }}
</dl>
</li>
'''

L["partials/facts.html"] = r'''{{ $p := . }}{{ $st := partialCached "status.html" $p $p.RelPermalink }}{{ $ti := partialCached "theme-index.html" "themes" }}<dl class="summary-list">
<div class="summary-list__row"><dt class="summary-list__key">Status</dt><dd class="summary-list__value"><strong class="tag tag--{{ $st.key }}">{{ $st.label }}</strong></dd></div>
<div class="summary-list__row"><dt class="summary-list__key">Temaer</dt><dd class="summary-list__value">{{ range $i, $t := $p.Params.temaer }}{{ if $i }}, {{ end }}{{ $th := index $ti.byid $t }}<a href="{{ $th.url }}">{{ $th.title }}</a>{{ end }}</dd></div>
{{ with $st.owners }}<div class="summary-list__row"><dt class="summary-list__key">Ansvarlig</dt><dd class="summary-list__value">{{ delimit . ", " }}</dd></div>
{{ end }}{{ with $p.Params.partners }}<div class="summary-list__row"><dt class="summary-list__key">Samarbejdspartnere</dt><dd class="summary-list__value">{{ delimit . ", " }}</dd></div>
{{ end }}{{ with $st.period }}<div class="summary-list__row"><dt class="summary-list__key">Periode</dt><dd class="summary-list__value">{{ . }}</dd></div>
{{ end }}{{ with $p.Params.cost }}<div class="summary-list__row"><dt class="summary-list__key">Udgift</dt><dd class="summary-list__value">{{ index site.Data.labels.cost . }}</dd></div>
{{ end }}{{ with $p.Params.budget }}<div class="summary-list__row"><dt class="summary-list__key">Budget</dt><dd class="summary-list__value">{{ lang.FormatNumber 0 .amount }} {{ .currency | default "DKK" }}{{ with .note }} ({{ . }}){{ end }}</dd></div>
{{ end }}<div class="summary-list__row"><dt class="summary-list__key">Hurtig gevinst</dt><dd class="summary-list__value">{{ if $p.Params.quick_win }}Ja{{ else }}Nej{{ end }}</dd></div>
{{ with $p.Params.resource_draw }}<div class="summary-list__row"><dt class="summary-list__key">Ressourcetræk</dt><dd class="summary-list__value"><ul class="plain-list">{{ range . }}<li>{{ .unit }}: {{ .load }} af 3</li>{{ end }}</ul></dd></div>
{{ end }}{{ with $p.Params.tags }}<div class="summary-list__row"><dt class="summary-list__key">Emner</dt><dd class="summary-list__value">{{ delimit . ", " }}</dd></div>
{{ end }}{{ if ge $st.progress 0 }}<div class="summary-list__row"><dt class="summary-list__key">Fremdrift</dt><dd class="summary-list__value">{{ $st.progress }} %</dd></div>
{{ end }}{{ with $st.last }}<div class="summary-list__row"><dt class="summary-list__key">Seneste opdatering</dt><dd class="summary-list__value">{{ time.Format "2. January 2006" . }}</dd></div>
{{ end }}</dl>
'''

# One indicator's derived values: per series the latest value and the
# assessment; the periods of all series; a one-line finding.
L["partials/ind-stats.html"] = r'''{{ $p := . }}{{ $dir := $p.Params.direction | default "none" }}{{ $dec := $p.Params.decimals | default 0 }}
{{ $s := newScratch }}{{ $series := slice }}
{{ range $p.Params.series }}{{ $ser := . }}
{{ $latest := 0 }}{{ $lp := "" }}{{ $first := 0 }}{{ $fp := "" }}
{{ range $per, $v := .values }}{{ $s.SetInMap "periods" $per $per }}{{ if ne $v nil }}{{ if not $fp }}{{ $first = $v }}{{ $fp = $per }}{{ end }}{{ $latest = $v }}{{ $lp = $per }}{{ end }}{{ end }}
{{ $t := .target | default $p.Params.target }}{{ $b := .baseline | default $p.Params.baseline }}
{{ $a := "no-target" }}
{{ if $t }}{{ if not $lp }}{{ $a = "no-data" }}{{ else }}
{{ $met := false }}
{{ if isset $t "low" }}{{ if eq $dir "decrease" }}{{ $met = le $latest $t.high }}{{ else if eq $dir "increase" }}{{ $met = ge $latest $t.low }}{{ else }}{{ $met = and (ge $latest $t.low) (le $latest $t.high) }}{{ end }}
{{ else }}{{ if eq $dir "decrease" }}{{ $met = le $latest $t.value }}{{ else if eq $dir "increase" }}{{ $met = ge $latest $t.value }}{{ else }}{{ $met = eq $latest $t.value }}{{ end }}{{ end }}
{{ if $met }}{{ $a = "met" }}
{{ else if and $b (ne $dir "none") }}{{ $better := false }}{{ if eq $dir "decrease" }}{{ $better = lt $latest $b.value }}{{ else }}{{ $better = gt $latest $b.value }}{{ end }}{{ $a = cond $better "progress" "no-progress" }}
{{ else }}{{ $a = cond (gt (printf "%v" $t.period) $lp) "pending" "not-met" }}{{ end }}
{{ end }}{{ end }}
{{ $series = $series | append (dict "name" $ser.name "values" $ser.values "latest" $latest "latest_period" $lp "first" $first "first_period" $fp "has_latest" (ne $lp "") "target" $t "baseline" $b "assessment" $a "assessment_label" (index site.Data.labels.assessment $a)) }}
{{ end }}
{{ $one := index $series 0 }}{{ $finding := "Ingen data" }}
{{ if $one.has_latest }}{{ $finding = printf "Seneste værdi for %s: %s %s (%s)." $one.name (lang.FormatNumber $dec $one.latest) $p.Params.unit $one.latest_period }}{{ end }}
{{ return dict "series" $series "periods" ($s.GetSortedMapValues "periods") "finding" $finding "decimals" $dec "single" (eq (len $series) 1) }}'''

L["partials/ind-card.html"] = r'''{{ $p := . }}{{ $is := partialCached "ind-stats.html" $p $p.RelPermalink }}{{ $one := index $is.series 0 }}<li class="indicator-list__item">
<h3 class="indicator-list__title"><a href="{{ $p.RelPermalink }}"><span class="num">{{ $p.Params.number }}</span> {{ $p.Title }}</a></h3>
<p class="indicator-list__finding">{{ $is.finding }}</p>
<dl class="summary-list summary-list--compact">
<div class="summary-list__row"><dt class="summary-list__key">Seneste</dt><dd class="summary-list__value">{{ if $one.has_latest }}<span class="indicator-list__value">{{ lang.FormatNumber $is.decimals $one.latest }}</span> {{ $p.Params.unit }} <span class="muted">({{ $one.latest_period }})</span>{{ else }}Ingen data{{ end }}</dd></div>
<div class="summary-list__row"><dt class="summary-list__key">Vurdering</dt><dd class="summary-list__value"><ul class="plain-list">{{ range $is.series }}{{ if ne .assessment "no-target" }}<li>{{ .name }}: <strong class="tag tag--assessment tag--{{ .assessment }}">{{ .assessment_label }}</strong></li>{{ end }}{{ end }}</ul></dd></div>
{{ with $p.Params.source }}<div class="summary-list__row"><dt class="summary-list__key">Kilde</dt><dd class="summary-list__value">{{ . }}</dd></div>
{{ end }}</dl>
</li>
'''

# indicator id → the initiatives that name it, built once.
L["partials/reverse-indicators.html"] = r'''{{ $s := newScratch }}{{ range (site.GetPage "/initiativer").Pages }}{{ $p := . }}{{ range .Params.indicators }}{{ $s.Add . (slice $p) }}{{ end }}{{ end }}{{ return $s.Values }}'''

# All updates, newest first (same date: later in the file first), built once
# (updates page, feed, front page).
L["partials/all-updates.html"] = r'''{{ $s := newScratch }}{{ range $p := (site.GetPage "/initiativer").Pages }}{{ range $k, $u := $p.Params.updates }}{{ $d := time.Format "2006-01-02" $u.date }}{{ $key := printf "%s-%07d-%d" $d $p.Weight $k }}{{ $s.SetInMap "u" $key (dict "key" $key "page" $p "date" $d "status" $u.status "progress" $u.progress "text" $u.text) }}{{ end }}{{ end }}{{ return sort ($s.GetSortedMapValues "u" | default slice) "key" "desc" }}'''

# initiative counts per theme (a group counts an initiative once), built once.
L["partials/theme-counts.html"] = r'''{{ $ti := partialCached "theme-index.html" "themes" }}{{ $s := newScratch }}{{ range (site.GetPage "/initiativer").Pages }}{{ $seen := dict }}{{ range .Params.temaer }}{{ $s.Add . 1 }}{{ with (index $ti.byid .).parent }}{{ if not (index $seen .) }}{{ $s.Add . 1 }}{{ $seen = merge $seen (dict . true) }}{{ end }}{{ end }}{{ end }}{{ end }}{{ return $s.Values }}'''

L["partials/status-counts.html"] = r'''{{ $s := newScratch }}{{ range . }}{{ $st := partialCached "status.html" . .RelPermalink }}{{ $s.Add $st.key 1 }}{{ if $st.stale }}{{ $s.Add "stale" 1 }}{{ end }}{{ end }}<ul class="status-counts">
{{ range $k := slice "proposed" "approved" "started" "completed" "postponed" "stopped" }}{{ with $s.Get $k }}<li class="status-counts__item"><strong class="tag tag--{{ $k }}">{{ index site.Data.labels.status $k }}</strong> <span class="status-counts__count">{{ . }}</span></li>
{{ end }}{{ end }}</ul>
{{ with $s.Get "stale" }}<div class="notice notice--after"><p>{{ . }} initiativer er ikke opdateret i over {{ site.Params.stale_after_days }} dage.</p></div>
{{ end }}'''

L["partials/theme-link.html"] = r'''<a href="{{ .url }}"><span class="num">{{ .number }}</span> {{ .title }}</a>'''

L["partials/matrix.html"] = r'''{{ $ti := partialCached "theme-index.html" "themes" }}<div class="table-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0" data-scroll-region>
<table class="matrix">
<caption id="matrix-caption" class="matrix__caption"><span class="matrix__caption-text">Initiativer og temaer</span></caption>
<colgroup><col class="matrix__col-initiative"></colgroup>
{{ range $ti.top }}{{ $t := index $ti.byid . }}<colgroup span="{{ len $t.children | default 1 }}"></colgroup>{{ end }}
<colgroup><col class="matrix__col-status"></colgroup>
<thead>
<tr class="matrix__group-row">
<th scope="col" rowspan="2" class="matrix__corner">Initiativ</th>
{{ range $ti.top }}{{ $t := index $ti.byid . }}{{ if $t.children }}<th scope="colgroup" colspan="{{ len $t.children }}" class="matrix__group">{{ $t.title }}</th>
{{ else }}<th scope="col" rowspan="2" class="matrix__theme"><a href="{{ $t.url }}">{{ $t.short }}</a></th>
{{ end }}{{ end }}<th scope="col" rowspan="2" class="matrix__status-head">Status</th>
</tr>
<tr>
{{ range $ti.leaves }}{{ $t := index $ti.byid . }}{{ if $t.parent }}<th scope="col" class="matrix__theme"><a href="{{ $t.url }}">{{ $t.short }}</a></th>
{{ end }}{{ end }}</tr>
</thead>
<tbody>
{{ range (site.GetPage "/initiativer").Pages }}{{ $ts := .Params.temaer }}{{ $st := partialCached "status.html" . .RelPermalink }}<tr>
<th scope="row" class="matrix__initiative"><a href="{{ .RelPermalink }}"><span class="num">{{ .Params.number }}</span> {{ .Title }}</a></th>
{{ range $ti.leaves }}{{ if eq . (index $ts 0) }}<td class="matrix__cell matrix__cell--primary"><span class="matrix__symbol" aria-hidden="true">●</span><span class="visually-hidden">Primært tema</span></td>
{{ else if in $ts . }}<td class="matrix__cell matrix__cell--secondary"><span class="matrix__symbol" aria-hidden="true">○</span><span class="visually-hidden">Sekundært tema</span></td>
{{ else }}<td class="matrix__cell matrix__cell--none"><span class="matrix__symbol" aria-hidden="true"></span><span class="visually-hidden">Ikke tilknyttet</span></td>
{{ end }}{{ end }}<td class="matrix__status"><strong class="tag tag--{{ $st.key }}">{{ $st.label }}</strong></td>
</tr>
{{ end }}</tbody>
</table>
</div>
<div class="legend">
<p class="legend__heading">Forklaring</p>
<ul class="legend__list">
<li class="legend__item"><span class="legend__symbol" aria-hidden="true">●</span> Primært tema</li>
<li class="legend__item"><span class="legend__symbol" aria-hidden="true">○</span> Sekundært tema</li>
</ul>
</div>
'''

L["partials/update-item.html"] = r'''<li class="timeline__item" id="opdatering-{{ .date }}">
<h3 class="timeline__date"><time datetime="{{ .date }}">{{ time.Format "2. January 2006" .date }}</time></h3>
{{ if or .status .progress }}<p class="timeline__tags">{{ with .status }}<strong class="tag tag--{{ . }}">{{ index site.Data.labels.status . }}</strong> {{ end }}{{ with .progress }}<span class="timeline__progress">Fremdrift: {{ . }} %</span>{{ end }}</p>
{{ end }}<div class="prose">
{{ .page.RenderString (dict "display" "block") .text }}
</div>
</li>
'''

L["_default/_markup/render-link.html"] = r'''{{ $d := .Destination }}{{ $url := $d }}{{ $parts := split $d ":" }}{{ if eq (len $parts) 2 }}{{ $scheme := index $parts 0 }}{{ $id := index $parts 1 }}{{ if eq $scheme "initiative" }}{{ $url = printf "initiativer/%s/" $id | relURL }}{{ else if eq $scheme "theme" }}{{ $url = printf "temaer/%s/" $id | relURL }}{{ else if eq $scheme "indicator" }}{{ $url = printf "indikatorer/%s/" $id | relURL }}{{ else if eq $scheme "page" }}{{ $url = printf "%s/" $id | relURL }}{{ end }}{{ end }}<a href="{{ $url | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>'''

L["index.html"] = r'''{{ define "main" }}{{ $inits := (site.GetPage "/initiativer").Pages }}{{ $inds := (site.GetPage "/indikatorer").Pages }}{{ $ti := partialCached "theme-index.html" "themes" }}{{ $counts := partialCached "theme-counts.html" "counts" }}
<div class="page-heading">
<p class="caption"><span class="caption__part">{{ site.Params.subtitle }}</span><span class="caption__part">{{ site.Params.period }}</span></p>
<h1>{{ .Title }}</h1>
</div>
<div class="lead prose">
{{ .Content }}
</div>
<section class="section" aria-labelledby="overview-heading">
<h2 id="overview-heading" class="visually-hidden">Overblik</h2>
<ul class="stats">
<li class="stats__item"><a class="stats__link" href="{{ "initiativer/" | relURL }}"><span class="stats__number">{{ len $inits }}</span> <span class="stats__label">initiativer</span></a></li>
<li class="stats__item"><a class="stats__link" href="{{ "temaer/" | relURL }}"><span class="stats__number">{{ len $ti.leaves }}</span> <span class="stats__label">temaer</span></a></li>
<li class="stats__item"><a class="stats__link" href="{{ "indikatorer/" | relURL }}"><span class="stats__number">{{ len $inds }}</span> <span class="stats__label">indikatorer</span></a></li>
<li class="stats__item"><a class="stats__link" href="{{ "opdateringer/" | relURL }}"><span class="stats__number">{{ len (partialCached "all-updates.html" "all") }}</span> <span class="stats__label">opdateringer</span></a></li>
</ul>
</section>
<section class="section" aria-labelledby="status-heading">
<h2 id="status-heading">Status for initiativerne</h2>
{{ partial "status-counts.html" $inits }}</section>
<section class="section" aria-labelledby="key-figures-heading">
<h2 id="key-figures-heading">Nøgletal</h2>
<ul class="indicator-list">
{{ range first 4 $inds }}{{ partial "ind-card.html" . }}{{ end }}</ul>
</section>
<section class="section" aria-labelledby="themes-heading">
<h2 id="themes-heading">Temaer</h2>
<ul class="theme-grid">
{{ range $ti.top }}{{ $t := index $ti.byid . }}<li class="theme-tile">
<h3 class="theme-tile__title">{{ partial "theme-link.html" $t }}</h3>
<p class="theme-tile__count">{{ index $counts $t.id | default 0 }} initiativer</p>
{{ with $t.children }}<ul class="theme-tile__children">
{{ range . }}<li>{{ partial "theme-link.html" (index $ti.byid .id) }}</li>
{{ end }}</ul>
{{ end }}</li>
{{ end }}</ul>
</section>
<section class="section" aria-labelledby="initiatives-heading">
<h2 id="initiatives-heading">Alle initiativer</h2>
<ul class="card-grid">
{{ range $inits }}{{ partial "card.html" (dict "page" .) }}{{ end }}
</ul>
</section>
<section class="section section--links" aria-labelledby="more-heading">
<h2 id="more-heading">Mere</h2>
<ul class="link-list link-list--large">
<li><a href="{{ "opdateringer/" | relURL }}">Opdateringer</a></li>
<li><a href="{{ "handleplan/" | relURL }}">Handleplan</a></li>
<li><a href="{{ "udskrift/" | relURL }}">Hele planen til udskrift</a></li>
</ul>
</section>
<p class="published">Offentliggjort: {{ time.Format "2. January 2006" site.Params.published }}</p>
{{ end }}'''

L["initiativer/list.html"] = r'''{{ define "main" }}{{ $inits := .Pages }}{{ $ti := partialCached "theme-index.html" "themes" }}{{ $s := newScratch }}
{{ range $inits }}{{ $st := partialCached "status.html" . .RelPermalink }}{{ range $st.owners }}{{ $s.SetInMap "owners" . . }}{{ end }}{{ range .Params.tags }}{{ $s.SetInMap "tags" . . }}{{ end }}{{ $s.SetInMap "statuses" $st.key true }}{{ end }}
<h1>{{ .Title }}</h1>
<form class="filters" id="filters" hidden data-count="{n} af {total} initiativer" aria-labelledby="filters-heading">
<h2 id="filters-heading" class="filters__heading">Filtrér</h2>
<div class="filters__fields">
<div class="field">
<label class="field__label" for="filter-theme">Tema</label>
<select class="field__select" id="filter-theme" name="tema">
<option value="">Alle</option>
{{ range $ti.leaves }}<option value="{{ . }}">{{ (index $ti.byid .).title }}</option>
{{ end }}</select>
</div>
<div class="field">
<label class="field__label" for="filter-status">Status</label>
<select class="field__select" id="filter-status" name="status">
<option value="">Alle</option>
{{ range slice "proposed" "approved" "started" "completed" "postponed" "stopped" }}{{ if index ($s.Get "statuses") . }}<option value="{{ . }}">{{ index site.Data.labels.status . }}</option>
{{ end }}{{ end }}</select>
</div>
<div class="field">
<label class="field__label" for="filter-owner">Ansvarlig</label>
<select class="field__select" id="filter-owner" name="ansvarlig">
<option value="">Alle</option>
{{ range $s.GetSortedMapValues "owners" }}<option value="{{ . }}">{{ . }}</option>
{{ end }}</select>
</div>
<div class="field">
<label class="field__label" for="filter-tag">Emne</label>
<select class="field__select" id="filter-tag" name="emne">
<option value="">Alle</option>
{{ range $s.GetSortedMapValues "tags" }}<option value="{{ . }}">{{ . }}</option>
{{ end }}</select>
</div>
<div class="field">
<label class="field__label" for="filter-sort">Sortér efter</label>
<select class="field__select" id="filter-sort" name="sort">
<option value="number">Nummer</option>
<option value="title">Titel</option>
<option value="updated">Seneste opdatering</option>
</select>
</div>
</div>
<div class="filters__actions">
<button class="button button--secondary" type="reset">Nulstil</button>
</div>
</form>
<p class="results-count" id="filter-count" role="status" aria-live="polite">{{ len $inits }} initiativer</p>
<ul class="card-grid" id="initiative-list">
{{ range $inits }}{{ partial "card.html" (dict "page" . "data" true) }}{{ end }}</ul>
{{ end }}'''

L["initiativer/single.html"] = r'''{{ define "main" }}{{ $st := partialCached "status.html" . .RelPermalink }}{{ $ti := partialCached "theme-index.html" "themes" }}
<div class="page-heading">
<p class="caption">Initiativ {{ .Params.number }}</p>
<h1>{{ .Title }}</h1>
<p class="page-heading__tags"><strong class="tag tag--{{ $st.key }}">{{ $st.label }}</strong>{{ if $st.stale }} <strong class="tag tag--stale">Ikke opdateret</strong>{{ end }}{{ if ge $st.progress 0 }} <span class="progress-inline"><progress max="100" value="{{ $st.progress }}" aria-hidden="true"></progress> {{ $st.progress }} %</span>{{ end }}</p>
</div>
{{ if $st.stale }}<div class="notice"><p>Initiativet er ikke opdateret i over {{ site.Params.stale_after_days }} dage.</p></div>
{{ end }}<p class="lead">{{ .Params.summary }}</p>
<section class="section" aria-labelledby="facts-heading">
<h2 id="facts-heading">Fakta</h2>
{{ partial "facts.html" . }}
</section>
<div class="prose body">
{{ .Content }}
</div>
<section class="section" aria-labelledby="updates-heading">
<h2 id="updates-heading">Opdateringer</h2>
{{ with .Params.updates }}<ol class="timeline">
{{ range sort . "date" "desc" }}{{ partial "update-item.html" (dict "page" $ "date" (time.Format "2006-01-02" .date) "status" .status "progress" .progress "text" .text) }}{{ end }}</ol>
{{ else }}<p>Ingen opdateringer endnu.</p>
{{ end }}</section>
<section class="section related" aria-labelledby="related-heading">
<h2 id="related-heading">Relateret</h2>
<div class="related__columns">
<div class="related__group">
<h3>Temaer</h3>
<ul class="link-list">
{{ range $i, $t := .Params.temaer }}<li>{{ partial "theme-link.html" (index $ti.byid $t) }}{{ if eq $i 0 }} <span class="muted">(primært tema)</span>{{ end }}</li>
{{ end }}</ul>
</div>
</div>
</section>
{{ with .Params.indicators }}<section class="section" aria-labelledby="indicators-heading">
<h2 id="indicators-heading">Indikatorer</h2>
<ul class="indicator-list">
{{ range . }}{{ partial "ind-card.html" (site.GetPage (printf "/indikatorer/%s" .)) }}{{ end }}</ul>
</section>
{{ end }}
<nav class="pager" aria-label="Forrige og næste">
<ul class="pager__list">
{{ with .NextInSection }}<li class="pager__item pager__item--prev"><a class="pager__link" href="{{ .RelPermalink }}" rel="prev"><span class="pager__direction">Forrige</span> <span class="pager__title">{{ .Title }}</span></a></li>
{{ end }}{{ with .PrevInSection }}<li class="pager__item pager__item--next"><a class="pager__link" href="{{ .RelPermalink }}" rel="next"><span class="pager__direction">Næste</span> <span class="pager__title">{{ .Title }}</span></a></li>
{{ end }}</ul>
</nav>
{{ end }}'''

L["temaer/taxonomy.html"] = r'''{{ define "main" }}{{ $ti := partialCached "theme-index.html" "themes" }}{{ $counts := partialCached "theme-counts.html" "counts" }}
<h1>{{ .Title }}</h1>
<ol class="theme-list">
{{ range $ti.top }}{{ $t := index $ti.byid . }}<li class="theme-list__item">
<h2 class="theme-list__title">{{ partial "theme-link.html" $t }}</h2>
<div class="prose theme-list__summary">
{{ (site.GetPage (printf "/temaer/%s" $t.id)).Content }}
</div>
<p class="theme-list__count">{{ index $counts $t.id | default 0 }} initiativer</p>
{{ with $t.children }}<ul class="theme-list__children">
{{ range . }}<li class="theme-list__child">
<h3 class="theme-list__child-title">{{ partial "theme-link.html" (index $ti.byid .id) }}</h3>
<div class="prose theme-list__summary">
{{ (site.GetPage (printf "/temaer/%s" .id)).Content }}
</div>
<p class="theme-list__count">{{ index $counts .id | default 0 }} initiativer</p>
</li>
{{ end }}</ul>
{{ end }}</li>
{{ end }}</ol>
{{ end }}'''

L["temaer/term.html"] = r'''{{ define "main" }}{{ $ti := partialCached "theme-index.html" "themes" }}{{ $id := .Data.Term }}{{ $t := index $ti.byid $id }}
{{ $members := slice $id }}{{ range $t.children }}{{ $members = $members | append .id }}{{ end }}
{{ $pages := .Pages }}{{ if $t.children }}{{ $pages = slice }}{{ range $t.children }}{{ $pages = $pages | union (site.Taxonomies.temaer.Get .id).Pages }}{{ end }}{{ $pages = sort $pages "Weight" }}{{ end }}
{{ $inits := where $pages "Section" "initiativer" }}{{ $inds := where $pages "Section" "indikatorer" }}
{{ $np := 0 }}{{ range $inits }}{{ if in $members (index .Params.temaer 0) }}{{ $np = add $np 1 }}{{ end }}{{ end }}{{ $ns := sub (len $inits) $np }}
<div class="page-heading">
<p class="caption"><span class="caption__part">Tema {{ $t.number }}</span>{{ with $t.parent }}<span class="caption__part">Del af {{ partial "theme-link.html" (index $ti.byid .) }}</span>{{ end }}</p>
<h1>{{ .Title }}</h1>
</div>
<div class="lead prose">
{{ .Content }}
</div>
<section class="section" aria-labelledby="status-heading">
<h2 id="status-heading">Status</h2>
{{ partial "status-counts.html" $inits }}</section>
{{ with $t.children }}<section class="section" aria-labelledby="children-heading">
<h2 id="children-heading">Temaer i sporet</h2>
<ul class="link-list link-list--large">
{{ range . }}<li>{{ partial "theme-link.html" (index $ti.byid .id) }}</li>
{{ end }}</ul>
</section>
{{ end }}{{ if $np }}<section class="section" aria-labelledby="primary-heading">
<h2 id="primary-heading">Initiativer med temaet som primært tema</h2>
<ul class="card-grid">
{{ range $inits }}{{ if in $members (index .Params.temaer 0) }}{{ partial "card.html" (dict "page" .) }}{{ end }}{{ end }}
</ul>
</section>
{{ end }}{{ if $ns }}<section class="section" aria-labelledby="secondary-heading">
<h2 id="secondary-heading">Initiativer, der også bidrager</h2>
<ul class="card-grid">
{{ range $inits }}{{ if not (in $members (index .Params.temaer 0)) }}{{ partial "card.html" (dict "page" .) }}{{ end }}{{ end }}
</ul>
</section>
{{ end }}{{ if not $inits }}<p>Ingen initiativer under dette tema.</p>
{{ end }}{{ with $inds }}<section class="section" aria-labelledby="indicators-heading">
<h2 id="indicators-heading">Indikatorer</h2>
<ul class="indicator-list">
{{ range . }}{{ partial "ind-card.html" . }}{{ end }}</ul>
</section>
{{ end }}{{ end }}'''

L["matrix/list.html"] = r'''{{ define "main" }}<h1>{{ .Title }}</h1>
<p class="lead">Matrixen viser, hvilke temaer hvert initiativ bidrager til.</p>
{{ partial "matrix.html" . }}{{ end }}'''

# Half-year index (year*2 + 0|1) of the start and end of a period.
L["partials/halves.html"] = r'''{{ $y := int (substr . 0 4) }}{{ $suf := substr . 4 }}{{ $s := 0 }}{{ $e := 1 }}
{{ if in (slice "-H1" "-Q1" "-Q2") $suf }}{{ $e = 0 }}{{ else if in (slice "-H2" "-Q3" "-Q4") $suf }}{{ $s = 1 }}{{ else if ge (len $suf) 3 }}{{ $m := int (strings.TrimLeft "0" (substr $suf 1 2)) }}{{ $s = cond (ge $m 7) 1 0 }}{{ $e = $s }}{{ end }}
{{ return dict "s" (add (mul $y 2) $s) "e" (add (mul $y 2) $e) }}'''

L["handleplan/list.html"] = r'''{{ define "main" }}{{ $ti := partialCached "theme-index.html" "themes" }}{{ $from := mul site.Params.period_start 2 }}{{ $to := add (mul site.Params.period_end 2) 1 }}{{ $cols := seq $from $to }}
<h1>{{ .Title }}</h1>
<p class="lead">Handleplanen viser, hvornår initiativerne sættes i gang, halvår for halvår.</p>
<div class="table-scroll" role="region" aria-labelledby="action-plan-caption" tabindex="0" data-scroll-region>
<table class="action-plan">
<caption id="action-plan-caption">Initiativer fordelt på halvår {{ site.Params.period }}</caption>
<thead>
<tr>
<th scope="col" class="action-plan__name">Initiativ</th>
{{ range $cols }}<th scope="col" class="action-plan__period">{{ div . 2 }} H{{ add (mod . 2) 1 }}</th>
{{ end }}<th scope="col" class="action-plan__short">Udgift</th>
<th scope="col" class="action-plan__short">Hurtig gevinst</th>
<th scope="col" class="action-plan__owner">Ansvarlig</th>
</tr>
</thead>
{{ range $ti.leaves }}{{ $t := index $ti.byid . }}{{ $leaf := . }}<tbody>
<tr class="action-plan__group"><th scope="rowgroup" colspan="{{ add (len $cols) 4 }}"><span class="num">{{ $t.number }}</span> <a href="{{ $t.url }}">{{ $t.title }}</a></th></tr>
{{ range (site.Taxonomies.temaer.Get $leaf).Pages }}{{ if and (eq .Section "initiativer") (eq (index .Params.temaer 0) $leaf) }}{{ $st := partialCached "status.html" . .RelPermalink }}{{ $h := partial "halves.html" .Params.start }}{{ $end := $h.e }}{{ with .Params.end }}{{ $end = (partial "halves.html" .).e }}{{ end }}<tr>
<th scope="row" class="action-plan__name"><a href="{{ .RelPermalink }}"><span class="num">{{ .Params.number }}</span> {{ .Title }}</a> <strong class="tag tag--{{ $st.key }}">{{ $st.label }}</strong></th>
{{ range $cols }}{{ if eq . $h.s }}<td class="ap-cell ap-cell--start"><span class="ap-cell__label">Start</span></td>
{{ else if and (gt . $h.s) (le . $end) }}<td class="ap-cell ap-cell--running"></td>
{{ else }}<td class="ap-cell ap-cell--none"></td>
{{ end }}{{ end }}<td>{{ index site.Data.labels.cost .Params.cost }}</td>
<td>{{ if .Params.quick_win }}Ja{{ else }}Nej{{ end }}</td>
<td>{{ delimit $st.owners ", " }}</td>
</tr>
{{ end }}{{ end }}</tbody>
{{ end }}</table>
</div>
{{ end }}'''

L["indikatorer/list.html"] = r'''{{ define "main" }}{{ $ti := partialCached "theme-index.html" "themes" }}
<h1>{{ .Title }}</h1>
{{ range $ti.leaves }}{{ $t := index $ti.byid . }}{{ $leaf := . }}{{ $items := slice }}{{ range (site.Taxonomies.temaer.Get $leaf).Pages }}{{ if and (eq .Section "indikatorer") (eq (index .Params.temaer 0) $leaf) }}{{ $items = $items | append . }}{{ end }}{{ end }}{{ with $items }}<section class="section" aria-label="{{ $t.title }}">
<h2><a href="{{ $t.url }}">{{ $t.title }}</a></h2>
<ul class="indicator-list">
{{ range . }}{{ partial "ind-card.html" . }}{{ end }}</ul>
</section>
{{ end }}{{ end }}{{ end }}'''

L["partials/ind-chart.html"] = r'''{{ $is := .stats }}{{ $min := 1e300 }}{{ $max := -1e300 }}
{{ range $is.series }}{{ range $per, $v := .values }}{{ if ne $v nil }}{{ if lt $v $min }}{{ $min = $v }}{{ end }}{{ if gt $v $max }}{{ $max = $v }}{{ end }}{{ end }}{{ end }}{{ end }}
{{ if eq $min $max }}{{ $max = add $min 1 }}{{ end }}{{ $n := len $is.periods }}{{ $step := div 600.0 (cond (gt $n 1) (sub $n 1) 1) }}
<svg class="chart__svg" viewBox="0 0 680 280" role="img" aria-label="{{ .title }}">
<line x1="40" y1="250" x2="660" y2="250" class="chart__axis"/><line x1="40" y1="30" x2="40" y2="250" class="chart__axis"/>
<text x="36" y="254" text-anchor="end">{{ lang.FormatNumber $is.decimals $min }}</text><text x="36" y="54" text-anchor="end">{{ lang.FormatNumber $is.decimals $max }}</text>
{{ range $i, $per := $is.periods }}<text x="{{ add 50 (mul $i $step) }}" y="270" text-anchor="middle">{{ $per }}</text>{{ end }}
{{ range $k, $ser := $is.series }}{{ $pts := "" }}{{ range $i, $per := $is.periods }}{{ $v := index $ser.values $per }}{{ if ne $v nil }}{{ $pts = printf "%s %.1f,%.1f" $pts (add 50 (mul $i $step)) (sub 250 (mul 200 (div (sub $v $min) (sub $max $min)))) }}{{ end }}{{ end }}<polyline class="chart__line chart__line--{{ $k }}" fill="none" points="{{ $pts }}"><title>{{ $ser.name }}</title></polyline>
{{ end }}</svg>'''

L["indikatorer/single.html"] = r'''{{ define "main" }}{{ $p := . }}{{ $is := partialCached "ind-stats.html" . .RelPermalink }}{{ $ti := partialCached "theme-index.html" "themes" }}{{ $rev := partialCached "reverse-indicators.html" "rev" }}
<div class="page-heading">
<p class="caption">Indikator {{ .Params.number }}</p>
<h1>{{ .Title }}</h1>
</div>
<p class="lead">{{ $is.finding }}</p>
<div class="prose">
{{ .Content }}
</div>
<section class="section" aria-labelledby="facts-heading">
<h2 id="facts-heading">Fakta</h2>
<dl class="summary-list">
<div class="summary-list__row"><dt class="summary-list__key">Enhed</dt><dd class="summary-list__value">{{ .Params.unit }}</dd></div>
<div class="summary-list__row"><dt class="summary-list__key">Retning</dt><dd class="summary-list__value">{{ index site.Data.labels.direction (.Params.direction | default "none") }}</dd></div>
{{ with .Params.source }}<div class="summary-list__row"><dt class="summary-list__key">Kilde</dt><dd class="summary-list__value">{{ . }}</dd></div>
{{ end }}</dl>
</section>
<section class="section" aria-labelledby="assessment-heading">
<h2 id="assessment-heading">Vurdering</h2>
{{ range $is.series }}{{ if ne .assessment "no-target" }}<div class="assessment">
<h3 class="assessment__series">{{ .name }} <strong class="tag tag--assessment tag--{{ .assessment }}">{{ .assessment_label }}</strong></h3>
<dl class="summary-list summary-list--compact">
{{ with .baseline }}<div class="summary-list__row"><dt class="summary-list__key">Udgangspunkt</dt><dd class="summary-list__value">{{ lang.FormatNumber $is.decimals .value }} {{ $p.Params.unit }} ({{ .period }})</dd></div>
{{ end }}<div class="summary-list__row"><dt class="summary-list__key">Mål</dt><dd class="summary-list__value">{{ with .target }}{{ if isset . "low" }}{{ lang.FormatNumber $is.decimals .low }}–{{ lang.FormatNumber $is.decimals .high }}{{ else }}{{ lang.FormatNumber $is.decimals .value }}{{ end }} {{ $p.Params.unit }} ({{ .period }}){{ end }}</dd></div>
<div class="summary-list__row"><dt class="summary-list__key">Seneste</dt><dd class="summary-list__value">{{ if .has_latest }}{{ lang.FormatNumber $is.decimals .latest }} {{ $p.Params.unit }} ({{ .latest_period }}){{ else }}Ingen data{{ end }}</dd></div>
{{ if .has_latest }}<div class="summary-list__row"><dt class="summary-list__key">Ændring</dt><dd class="summary-list__value">{{ lang.FormatNumber $is.decimals (sub .latest .first) }} {{ $p.Params.unit }} siden {{ .first_period }}</dd></div>
{{ end }}</dl>
</div>
{{ end }}{{ end }}</section>
<section class="section" aria-labelledby="data-heading">
<h2 id="data-heading">Data</h2>
<figure class="chart" aria-describedby="data-table-caption">
<div class="chart__wide">{{ partial "ind-chart.html" (dict "stats" $is "title" .Title) }}</div>
</figure>
<div class="table-scroll data-table" role="region" aria-labelledby="data-table-caption" tabindex="0" data-scroll-region>
<table>
<caption id="data-table-caption">{{ .Title }} ({{ .Params.unit }})</caption>
<thead>
<tr><th scope="col">Periode</th>{{ range $is.series }}<th scope="col" class="num-cell">{{ .name }}</th>{{ end }}</tr>
</thead>
<tbody>
{{ range $per := $is.periods }}<tr><th scope="row">{{ $per }}</th>{{ range $is.series }}{{ $v := index .values $per }}{{ if ne $v nil }}<td class="num-cell">{{ lang.FormatNumber $is.decimals $v }}</td>{{ else }}<td class="num-cell is-missing">–</td>{{ end }}{{ end }}</tr>
{{ end }}</tbody>
</table>
</div>
{{ with .Params.source }}<p class="source">Kilde: {{ . }}</p>
{{ end }}</section>
{{ with .Params.notes }}<section class="section notes" aria-labelledby="notes-heading">
<h2 id="notes-heading">Noter</h2>
<ol class="notes__list">
{{ range $i, $n := . }}<li id="note-{{ add $i 1 }}" class="notes__item">{{ $p.RenderString (dict "display" "block") $n }}</li>
{{ end }}</ol>
</section>
{{ end }}<section class="section related" aria-labelledby="related-heading">
<h2 id="related-heading">Relateret</h2>
<div class="related__columns">
<div class="related__group">
<h3>Temaer</h3>
<ul class="link-list">
{{ range .Params.temaer }}{{ $t := index $ti.byid . }}<li><a href="{{ $t.url }}">{{ $t.title }}</a></li>
{{ end }}</ul>
</div>
<div class="related__group">
<h3>Initiativer</h3>
<ul class="link-list">
{{ range index $rev .File.BaseFileName }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</div>
</div>
</section>
{{ end }}'''

L["opdateringer/list.html"] = r'''{{ define "main" }}{{ $ups := partialCached "all-updates.html" "all" }}{{ $month := "" }}
<h1>{{ .Title }}</h1>
<p class="lead">Nyeste opdateringer først.</p>
<p><a class="feed-link" href="{{ "opdateringer/feed.xml" | relURL }}">Opdateringer som feed</a></p>
{{ range $u := $ups }}{{ $m := substr $u.date 0 7 }}{{ if ne $m $month }}{{ if $month }}</ol>
</section>
{{ end }}{{ $month = $m }}<section class="section update-month" aria-labelledby="maaned-{{ $m }}">
<h2 id="maaned-{{ $m }}" class="update-month__heading">{{ time.Format "January 2006" $u.date }}</h2>
<ol class="timeline">
{{ end }}<li class="timeline__item">
<h3 class="timeline__title"><a href="{{ $u.page.RelPermalink }}"><span class="num">{{ $u.page.Params.number }}</span> {{ $u.page.Title }}</a></h3>
<p class="timeline__date"><time datetime="{{ $u.date }}">{{ time.Format "2. January 2006" $u.date }}</time></p>
{{ if or $u.status $u.progress }}<p class="timeline__tags">{{ with $u.status }}<strong class="tag tag--{{ . }}">{{ index site.Data.labels.status . }}</strong> {{ end }}{{ with $u.progress }}<span class="timeline__progress">Fremdrift: {{ . }} %</span>{{ end }}</p>
{{ end }}<div class="prose">
{{ $u.page.RenderString (dict "display" "block") $u.text }}
</div>
</li>
{{ end }}{{ if $month }}</ol>
</section>
{{ end }}{{ end }}'''

L["opdateringer/list.atom.xml"] = r'''{{ $ups := partialCached "all-updates.html" "all" }}{{ $n := len $ups }}<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <title>{{ site.Title | htmlEscape }} – Opdateringer</title>
  <subtitle>{{ site.Params.organisation | htmlEscape }}</subtitle>
  <id>{{ .Permalink }}</id>
  <link rel="self" type="application/atom+xml" href="{{ .Permalink }}feed.xml"/>
  <link rel="alternate" type="text/html" href="{{ .Permalink }}"/>
  <updated>{{ if $n }}{{ (index $ups 0).date }}{{ else }}{{ site.Params.published }}{{ end }}T00:00:00Z</updated>
  <author><name>{{ site.Params.organisation | htmlEscape }}</name></author>
  <generator>Hugo</generator>
{{ range $u := $ups }}  <entry>
    <id>{{ $u.page.Permalink }}#opdatering-{{ $u.date }}</id>
    <title>{{ $u.page.Title | htmlEscape }}</title>
    <link rel="alternate" type="text/html" href="{{ $u.page.Permalink }}#opdatering-{{ $u.date }}"/>
    <published>{{ $u.date }}T00:00:00Z</published>
    <updated>{{ $u.date }}T00:00:00Z</updated>
    <content type="html">{{ $u.page.RenderString (dict "display" "block") $u.text | htmlEscape }}</content>
  </entry>
{{ end }}</feed>
'''

L["udskrift/list.html"] = r'''{{ define "main" }}{{ $ti := partialCached "theme-index.html" "themes" }}
<div class="page-heading">
<p class="caption">{{ site.Params.organisation }} · {{ site.Params.subtitle }} · {{ site.Params.period }}</p>
<h1>{{ .Title }}</h1>
</div>
<p class="print-hint no-print">Siden samler hele planen til udskrift.</p>
<div class="lead prose">
{{ site.Home.Content }}
</div><p class="published">Offentliggjort: {{ time.Format "2. January 2006" site.Params.published }}</p>
<nav class="print-contents" aria-labelledby="print-contents-heading">
<h2 id="print-contents-heading">Indhold</h2>
<ol>
<li><a href="#temaer">Temaer</a></li>
<li><a href="#matrix">Matrix</a></li>
<li><a href="#initiativer">Initiativer</a></li>
<li><a href="#indikatorer">Indikatorer</a></li>
{{ range where site.RegularPages "Section" "" }}<li><a href="#side-{{ .File.BaseFileName }}">{{ .Title }}</a></li>
{{ end }}</ol>
</nav>
<section class="print-section" id="temaer" aria-labelledby="temaer-heading">
<h2 id="temaer-heading">Temaer</h2>
{{ range $ti.top }}{{ $t := index $ti.byid . }}<div class="print-theme">
<h3><span class="num">{{ $t.number }}</span> {{ $t.title }}</h3>
<div class="prose">{{ (site.GetPage (printf "/temaer/%s" $t.id)).Content }}</div>
{{ with $t.children }}<ul class="print-theme__children">
{{ range . }}<li><strong>{{ .number }} {{ .title }}</strong><div class="prose">{{ (site.GetPage (printf "/temaer/%s" .id)).Content }}</div></li>
{{ end }}</ul>
{{ end }}</div>
{{ end }}</section>
<section class="print-section" id="matrix" aria-labelledby="matrix-heading">
<h2 id="matrix-heading">Matrix</h2>
{{ partial "matrix.html" . }}
</section>
<section class="print-section" id="initiativer" aria-labelledby="initiativer-heading">
<h2 id="initiativer-heading">Initiativer</h2>
{{ range (site.GetPage "/initiativer").Pages }}{{ $p := . }}{{ $id := .File.BaseFileName }}<article class="print-initiative" id="initiativ-{{ $id }}" aria-labelledby="initiativ-{{ $id }}-title">
<h3 id="initiativ-{{ $id }}-title"><span class="num">{{ .Params.number }}</span> {{ .Title }}</h3>
<p class="lead">{{ .Params.summary }}</p>
{{ partial "facts.html" . }}
<div class="prose body">
{{ .Content }}
</div>
{{ with .Params.updates }}<h4>Opdateringer</h4>
<ol class="timeline">
{{ range sort . "date" "desc" }}{{ $d := time.Format "2006-01-02" .date }}<li class="timeline__item">
<p class="timeline__date"><time datetime="{{ $d }}">{{ time.Format "2. January 2006" $d }}</time>{{ with .status }} <strong class="tag tag--{{ . }}">{{ index site.Data.labels.status . }}</strong>{{ end }}{{ with .progress }} · Fremdrift: {{ . }} %{{ end }}</p>
<div class="prose">{{ $p.RenderString (dict "display" "block") .text }}</div>
</li>
{{ end }}</ol>
{{ end }}</article>
{{ end }}</section>
<section class="print-section" id="indikatorer" aria-labelledby="indikatorer-heading">
<h2 id="indikatorer-heading">Indikatorer</h2>
{{ range (site.GetPage "/indikatorer").Pages }}{{ $p := . }}{{ $is := partialCached "ind-stats.html" . .RelPermalink }}<article class="print-indicator" aria-labelledby="indikator-{{ .File.BaseFileName }}-title">
<h3 id="indikator-{{ .File.BaseFileName }}-title">{{ .Title }}</h3>
<div class="prose">{{ .Content }}</div>
<p>{{ $is.finding }}</p>
{{ range $is.series }}{{ $ser := . }}<div class="data-table">
<table>
<caption>{{ .name }} ({{ $p.Params.unit }})</caption>
<thead><tr><th scope="col">Periode</th><th scope="col" class="num-cell">Værdi</th></tr></thead>
<tbody>
{{ range $per, $v := .values }}<tr><th scope="row">{{ $per }}</th><td class="num-cell">{{ if ne $v nil }}{{ lang.FormatNumber $is.decimals $v }}{{ else }}–{{ end }}</td></tr>
{{ end }}</tbody>
</table>
</div>
{{ end }}{{ with .Params.source }}<p class="source">Kilde: {{ . }}</p>
{{ end }}</article>
{{ end }}</section>
{{ range where site.RegularPages "Section" "" }}<section class="print-section" id="side-{{ .File.BaseFileName }}" aria-labelledby="side-{{ .File.BaseFileName }}-heading">
<h2 id="side-{{ .File.BaseFileName }}-heading">{{ .Title }}</h2>
<div class="prose">{{ .Content }}</div>
</section>
{{ end }}{{ end }}'''

L["_default/narrative.html"] = r'''{{ define "main" }}<div class="page-heading">
<h1>{{ .Title }}</h1>
</div>
<p class="lead">{{ .Params.summary }}</p>
<div class="prose body">
{{ .Content }}
</div>
{{ end }}'''

L["_default/single.html"] = L["_default/narrative.html"]
L["_default/list.html"] = r'''{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}'''

# --- data exports, search index (outputs of the home page) -----------------

L["index.initiativescsv.csv"] = r'''id,number,title,status,themes,owner,start,end,cost,quick_win,progress,last_update,stale
{{ range (site.GetPage "/initiativer").Pages }}{{ $st := partialCached "status.html" . .RelPermalink }}{{ .File.BaseFileName }},{{ .Params.number }},"{{ replace .Title `"` `""` }}",{{ $st.key }},{{ delimit .Params.temaer " " }},"{{ replace (delimit $st.owners "; ") `"` `""` }}",{{ .Params.start }},{{ .Params.end }},{{ .Params.cost }},{{ if .Params.quick_win }}true{{ else }}false{{ end }},{{ if ge $st.progress 0 }}{{ $st.progress }}{{ end }},{{ $st.last }},{{ if $st.stale }}true{{ else }}false{{ end }}
{{ end }}'''

L["index.initiativesjson.json"] = r'''[{{ range $i, $p := (site.GetPage "/initiativer").Pages }}{{ if $i }},{{ end }}
{{ $st := partialCached "status.html" $p $p.RelPermalink }}{{ dict "id" $p.File.BaseFileName "number" $p.Params.number "title" $p.Title "status" $st.key "themes" $p.Params.temaer "owner" $st.owners "start" $p.Params.start "end" $p.Params.end "cost" $p.Params.cost "quick_win" ($p.Params.quick_win | default false) "progress" (cond (ge $st.progress 0) $st.progress nil) "last_update" $st.last "stale" $st.stale "summary" $p.Params.summary "partners" ($p.Params.partners | default slice) "tags" ($p.Params.tags | default slice) "indicators" ($p.Params.indicators | default slice) "url" $p.Permalink | jsonify (dict "indent" "  ") }}{{ end }}
]
'''

L["index.matrixcsv.csv"] = r'''{{ $ti := partialCached "theme-index.html" "themes" }}initiative,{{ delimit $ti.leaves "," }}
{{ range (site.GetPage "/initiativer").Pages }}{{ $ts := .Params.temaer }}{{ .File.BaseFileName }}{{ range $ti.leaves }},{{ if eq . (index $ts 0) }}primary{{ else if in $ts . }}secondary{{ end }}{{ end }}
{{ end }}'''

L["index.indicatorscsv.csv"] = r'''indicator,series,period,value
{{ range (site.GetPage "/indikatorer").Pages }}{{ $id := .File.BaseFileName }}{{ range .Params.series }}{{ $name := .name }}{{ range $per, $v := .values }}{{ $id }},"{{ replace $name `"` `""` }}",{{ $per }},{{ if ne $v nil }}{{ $v }}{{ end }}
{{ end }}{{ end }}{{ end }}'''

L["index.indicatorsjson.json"] = r'''[{{ range $i, $p := (site.GetPage "/indikatorer").Pages }}{{ if $i }},{{ end }}
{{ $is := partialCached "ind-stats.html" $p $p.RelPermalink }}{{ $series := slice }}{{ range $is.series }}{{ $series = $series | append (dict "name" .name "values" .values "assessment" .assessment) }}{{ end }}{{ dict "id" $p.File.BaseFileName "number" $p.Params.number "title" $p.Title "unit" $p.Params.unit "direction" $p.Params.direction "themes" $p.Params.temaer "source" $p.Params.source "series" $series "url" $p.Permalink | jsonify (dict "indent" "  ") }}{{ end }}
]
'''

L["index.assessmentscsv.csv"] = r'''indicator,series,baseline_period,baseline,target_period,target,latest_period,latest,assessment
{{ range (site.GetPage "/indikatorer").Pages }}{{ $id := .File.BaseFileName }}{{ $is := partialCached "ind-stats.html" . .RelPermalink }}{{ range $is.series }}{{ if ne .assessment "no-target" }}{{ $id }},"{{ replace .name `"` `""` }}",{{ with .baseline }}{{ .period }},{{ .value }}{{ else }},{{ end }},{{ with .target }}{{ .period }},{{ if isset . "low" }}{{ .low }}-{{ .high }}{{ else }}{{ .value }}{{ end }}{{ end }},{{ .latest_period }},{{ if .has_latest }}{{ .latest }}{{ end }},{{ .assessment }}
{{ end }}{{ end }}{{ end }}'''

L["index.searchindex.json"] = r'''{{ $ti := partialCached "theme-index.html" "themes" }}{"language":"da","items":[{{ range $i, $p := (site.GetPage "/initiativer").Pages }}{{ if $i }},{{ end }}{{ dict "kind" "initiative" "url" $p.RelPermalink "title" $p.Title "number" $p.Params.number "summary" $p.Params.summary "text" $p.Plain | jsonify }}{{ end }}{{ range site.Data.themes }},{{ dict "kind" "theme" "url" (index $ti.byid .id).url "title" .title "number" .number | jsonify }}{{ end }}{{ range (site.GetPage "/indikatorer").Pages }},{{ dict "kind" "indicator" "url" .RelPermalink "title" .Title "number" .Params.number "text" .Plain | jsonify }}{{ end }}{{ range where site.RegularPages "Section" "" }},{{ dict "kind" "page" "url" .RelPermalink "title" .Title "summary" .Params.summary "text" .Plain | jsonify }}{{ end }}]}
'''

LAYOUTS = L
