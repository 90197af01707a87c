//! In-browser component tests: the real app mounted into a fresh `<div>` in
//! headless Chromium, driven by DOM events, asserted on the DOM.
//! Run with `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use parallax::analysis::corpus::bundled_analysis;
use parallax::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    handle: yew::AppHandle<App>,
}

impl Mounted {
    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .root
            .query_selector_all(selector)
            .expect("valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .expect("valid selector")
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }

    async fn click(&self, selector: &str) {
        self.one(selector).unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }

    async fn type_query(&self, text: &str) {
        let input: HtmlInputElement = self.one("[data-testid=search-input]").unchecked_into();
        input.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    fn unmount(self) {
        self.handle.destroy();
        self.root.remove();
        set_hash("");
    }
}

fn set_hash(hash: &str) {
    let window = web_sys::window().unwrap();
    let location = window.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap(),
        location.search().unwrap()
    );
    let url = if hash.is_empty() {
        base
    } else {
        format!("{base}#{hash}")
    };
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

fn current_hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

/// Mounts the app with the given URL hash into a new div under `<body>`.
async fn mount(hash: &str) -> Mounted {
    set_hash(hash);
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    Mounted { root, handle }
}

#[wasm_bindgen_test]
async fn shows_every_article_side_by_side_with_traceable_sentences() {
    let app = mount("").await;
    let analysis = bundled_analysis();
    assert_eq!(app.count("article[data-column]"), analysis.articles.len());
    for article in &analysis.articles {
        let slug = &article.source.slug;
        let column = app.one(&format!("[data-testid=column-{slug}]"));
        assert!(column
            .text_content()
            .unwrap()
            .contains(&article.source.outlet));
        // Every rendered body sentence shows exactly the words its span names.
        let sentences = app.all(&format!("[data-testid=column-{slug}] [data-role=body]"));
        assert!(!sentences.is_empty(), "{slug} has body sentences");
        for el in sentences {
            let start: usize = el.get_attribute("data-start").unwrap().parse().unwrap();
            let end: usize = el.get_attribute("data-end").unwrap().parse().unwrap();
            if el
                .query_selector("[data-role=inline-boilerplate]")
                .unwrap()
                .is_some()
            {
                continue;
            }
            assert_eq!(el.text_content().unwrap(), &article.text()[start..end]);
        }
    }
    app.unmount();
}

#[wasm_bindgen_test]
async fn chip_toggles_its_column_and_the_hash() {
    let app = mount("").await;
    let chip = "[data-testid=chip-fud]";
    assert_eq!(
        app.one(chip).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    app.click(chip).await;
    assert_eq!(app.count("[data-testid=column-fud]"), 0);
    assert_eq!(app.count("article[data-column]"), 4);
    assert_eq!(
        app.one(chip).get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(current_hash(), "#outlets=od,blog,hill,tpm");
    app.click(chip).await;
    assert_eq!(app.count("article[data-column]"), 5);
    assert_eq!(current_hash(), "");
    app.click("[data-testid=only-hill]").await;
    assert_eq!(app.count("article[data-column]"), 1);
    assert_eq!(app.count("[data-testid=column-hill]"), 1);
    app.click("[data-testid=show-all]").await;
    assert_eq!(app.count("article[data-column]"), 5);
    app.unmount();
}

#[wasm_bindgen_test]
async fn search_highlights_matches_and_counts_them_per_outlet() {
    let app = mount("").await;
    let analysis = bundled_analysis();
    app.type_query("wikileaks").await;
    assert_eq!(current_hash(), "#q=wikileaks");
    let mut total = 0;
    for article in &analysis.articles {
        let slug = &article.source.slug;
        let expected = article.folded.find("wikileaks").len();
        let marks = app.all(&format!("[data-testid=column-{slug}] mark[data-match]"));
        for m in &marks {
            assert_eq!(m.text_content().unwrap().to_lowercase(), "wikileaks");
        }
        assert_eq!(marks.len(), expected, "{slug}");
        let chip_count = app
            .one(&format!("[data-testid=chip-count-{slug}]"))
            .text_content()
            .unwrap();
        assert!(
            chip_count.ends_with(&expected.to_string()),
            "{slug}: {chip_count}"
        );
        total += expected;
    }
    assert!(total > 5);
    let summary = app
        .one("[data-testid=match-summary]")
        .text_content()
        .unwrap();
    assert!(
        summary.starts_with(&format!("{total} matches")),
        "{summary}"
    );
    app.type_query("").await;
    assert_eq!(app.count("mark[data-match]"), 0);
    assert_eq!(current_hash(), "");
    app.unmount();
}

#[wasm_bindgen_test]
async fn boilerplate_is_marked_with_a_reason_and_can_be_hidden() {
    let app = mount("").await;
    let flagged = app.all("[data-role=boilerplate]");
    assert!(!flagged.is_empty());
    for el in &flagged {
        assert!(el
            .get_attribute("data-reason")
            .is_some_and(|r| !r.is_empty()));
        assert!(el
            .get_attribute("title")
            .is_some_and(|t| t.starts_with("Boilerplate")));
        assert_eq!(el.get_attribute("tabindex").as_deref(), Some("0"));
    }
    assert!(app.count("[data-testid=column-tpm] [data-reason=membership-pitch]") > 0);
    app.click("[data-testid=hide-boilerplate]").await;
    assert_eq!(app.count("[data-role=boilerplate]"), 0);
    assert_eq!(app.count("[data-role=inline-boilerplate]"), 0);
    assert!(app.count("[data-testid=hidden-note-tpm]") == 1);
    assert_eq!(current_hash(), "#boilerplate=hide");
    app.unmount();
}

#[wasm_bindgen_test]
async fn state_comes_back_from_the_hash_and_bad_hashes_fall_back() {
    let app = mount("outlets=hill,tpm&q=Nix&boilerplate=hide").await;
    assert_eq!(app.count("article[data-column]"), 2);
    assert_eq!(app.count("[data-testid=link-notice]"), 0);
    let input: HtmlInputElement = app.one("[data-testid=search-input]").unchecked_into();
    assert_eq!(input.value(), "Nix");
    assert!(app.count("mark[data-match]") > 0);
    assert_eq!(app.count("[data-role=boilerplate]"), 0);
    app.unmount();

    let app = mount("outlets=%zz&q=%E2%8&boilerplate=perhaps&zoom").await;
    assert_eq!(app.count("article[data-column]"), 5);
    let notice = app.one("[data-testid=link-notice]").text_content().unwrap();
    assert!(notice.contains("outlets, q, boilerplate, zoom"), "{notice}");
    let input: HtmlInputElement = app.one("[data-testid=search-input]").unchecked_into();
    assert_eq!(input.value(), "");
    assert!(app.count("[data-role=boilerplate]") > 0);
    app.unmount();
}

#[wasm_bindgen_test]
async fn user_text_is_rendered_as_text() {
    // A query with markup is searched for literally and never becomes markup.
    let app = mount("").await;
    app.type_query("<img src=x onerror=alert(1)>").await;
    assert_eq!(app.count("img"), 0);
    let summary = app
        .one("[data-testid=match-summary]")
        .text_content()
        .unwrap();
    assert!(summary.contains("<img src=x"), "{summary}");
    app.unmount();
}

fn focus(el: &Element) {
    let event = web_sys::Event::new("focus").unwrap();
    el.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn coverage_mode_shades_claims_and_focus_finds_their_twins() {
    let app = mount("").await;
    app.click("[data-testid=mode-coverage]").await;
    assert_eq!(current_hash(), "#mode=coverage");
    assert_eq!(app.count("[data-testid=coverage-legend]"), 1);
    let analysis = bundled_analysis();
    let units = app.all("[data-column=od] [data-claim]");
    assert!(!units.is_empty());
    // Every unit's badge and shade agree with the analysis.
    for el in &units {
        let id = el.get_attribute("data-claim").unwrap();
        let index: usize = id[1..].parse::<usize>().unwrap() - 1;
        let claim = &analysis.claims.claims[index];
        let level: usize = el.get_attribute("data-coverage").unwrap().parse().unwrap();
        assert_eq!(level, claim.articles.len() - 1, "{id}");
        assert!(el
            .text_content()
            .unwrap()
            .contains(&format!("{}/5", claim.articles.len())));
    }
    let shared = units
        .iter()
        .find(|el| el.get_attribute("data-coverage").unwrap() != "0")
        .expect("a claim the OccDem shares with another outlet");
    let id = shared.get_attribute("data-claim").unwrap();
    focus(shared);
    yew::scheduler::flush().await;
    let twins = app.all(&format!("[data-claim={id}]"));
    let columns: std::collections::BTreeSet<String> = twins
        .iter()
        .map(|t| {
            t.closest("[data-column]")
                .unwrap()
                .unwrap()
                .get_attribute("data-column")
                .unwrap()
        })
        .collect();
    assert!(columns.len() >= 2, "{id} appears in {columns:?}");
    for t in &twins {
        assert_eq!(t.get_attribute("data-focused").as_deref(), Some("true"));
    }
    assert_eq!(app.count("[data-focused=true]"), twins.len());
    assert!(current_hash().contains(&format!("claim={id}")));
    // The focus panel names the claim and how many outlets carry it.
    let panel = app.one("[data-testid=focus-panel]").text_content().unwrap();
    assert!(
        panel.starts_with(&format!("{id} carried by {} of 5", columns.len())),
        "{panel}"
    );
    app.click("[data-testid=focus-panel] button").await;
    assert_eq!(app.count("[data-focused=true]"), 0);
    assert_eq!(app.count("[data-testid=focus-panel]"), 0);
    app.unmount();
}

#[wasm_bindgen_test]
async fn claim_matrix_filters_rows_and_opens_sentences() {
    let app = mount("view=matrix").await;
    let analysis = bundled_analysis();
    assert_eq!(
        app.count("[data-testid=claim-matrix] tbody tr"),
        analysis.claims.claims.len()
    );
    app.click("[data-testid=filter-single]").await;
    let rows = app.all("[data-testid=claim-matrix] tbody tr");
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|r| r.get_attribute("data-outlets").as_deref() == Some("1")));
    app.click("[data-testid=filter-min-3]").await;
    let rows = app.all("[data-testid=claim-matrix] tbody tr");
    assert!(!rows.is_empty());
    for r in &rows {
        let n: usize = r.get_attribute("data-outlets").unwrap().parse().unwrap();
        assert!(n >= 3);
        // A ✓ in exactly the carrying outlets' cells.
        assert_eq!(
            r.query_selector_all("button.cell-button").unwrap().length() as usize,
            n
        );
    }
    assert!(current_hash().contains("filter=min-3"));
    // Open the first row's first ✓: the reader opens at that claim.
    let id = rows[0].get_attribute("data-claim").unwrap();
    let cell = rows[0]
        .query_selector("button.cell-button")
        .unwrap()
        .unwrap();
    cell.unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(app.count("[data-testid=claim-matrix]"), 0);
    assert!(app.count(&format!("[data-claim={id}][data-focused=true]")) >= 3);
    assert!(current_hash().contains(&format!("claim={id}")));
    app.unmount();
}

#[wasm_bindgen_test]
async fn omission_view_lists_what_others_carry() {
    let app = mount("view=omissions").await;
    let analysis = bundled_analysis();
    for k in [2usize, 1, 3] {
        let select: web_sys::HtmlSelectElement =
            app.one("[data-testid=omission-k]").unchecked_into();
        select.set_value(&k.to_string());
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        select
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
            .unwrap();
        yew::scheduler::flush().await;
        for article in &analysis.articles {
            let slug = &article.source.slug;
            let listed: Vec<String> = app
                .all(&format!("[data-testid=omissions-{slug}] li[data-claim]"))
                .iter()
                .map(|li| li.get_attribute("data-claim").unwrap())
                .collect();
            let expected: Vec<String> = analysis
                .claims
                .claims
                .iter()
                .filter(|c| !c.articles.contains(&article.index) && c.articles.len() >= k)
                .map(|c| format!("c{}", c.id + 1))
                .collect();
            assert_eq!(listed, expected, "{slug} with k={k}");
        }
    }
    app.unmount();
}

#[wasm_bindgen_test]
fn analysis_is_byte_identical_in_wasm() {
    // Written natively by tests/corpus_snapshot.rs; the same code in wasm must
    // produce the same bytes (no clocks, no randomness, no unordered output).
    let native = include_str!("snapshots/analysis.json");
    let wasm = parallax::analysis::export::to_json(&bundled_analysis());
    assert!(
        wasm == native,
        "the wasm analysis differs from the native snapshot"
    );
}

#[wasm_bindgen_test]
async fn entity_mode_marks_names_by_kind_and_selecting_one_outlines_it_everywhere() {
    let analysis = bundled_analysis();
    let app = mount("mode=entities").await;
    assert_eq!(app.count("[data-testid=entity-legend]"), 1);
    let total_mentions: usize = analysis.entities.iter().map(|e| e.mentions.len()).sum();
    assert!(total_mentions > 0, "the bundled story names people");
    // Every mention is marked, and each mark shows exactly the words of a
    // mention of its entity.
    let marks = app.all("article [data-entity]");
    assert_eq!(marks.len(), total_mentions);
    for mark in &marks {
        let id = mark.get_attribute("data-entity").unwrap();
        let n: usize = id[1..].parse().unwrap();
        let entity = &analysis.entities[n - 1];
        assert_eq!(
            mark.get_attribute("data-kind").as_deref(),
            Some(entity.kind.slug())
        );
        let words = mark.text_content().unwrap();
        assert!(
            entity
                .mentions
                .iter()
                .any(|m| m.span.slice(analysis.articles[m.article].text()) == words),
            "{words:?} is a mention of {}",
            entity.name
        );
    }
    // Clicking the top entity's first mark selects it in every column.
    let top = &analysis.entities[0];
    app.click("article [data-entity=e1]").await;
    assert_eq!(
        app.count("article [data-entity=e1][data-selected=true]"),
        top.mentions.len()
    );
    assert_eq!(
        app.count("article [data-selected=true]:not([data-entity=e1])"),
        0
    );
    let bar = app.one("[data-testid=entity-bar]").text_content().unwrap();
    assert!(bar.contains(&top.name), "{bar}");
    assert!(current_hash().contains("entity=e1"), "{}", current_hash());
    // "Claims naming it" filters the matrix to claims with a mention inside.
    app.click("[data-testid=entity-claims]").await;
    let rows = app.all("[data-testid=claim-matrix] tbody tr");
    let naming = parallax::state::entity_rows::claims_naming(&analysis, 0);
    assert_eq!(rows.len(), naming.len());
    assert!(rows.len() < analysis.claims.claims.len());
    assert_eq!(app.count("[data-testid=matrix-entity-filter]"), 1);
    app.click("[data-testid=clear-entity]").await;
    assert_eq!(
        app.count("[data-testid=claim-matrix] tbody tr"),
        analysis.claims.claims.len()
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn names_page_lists_entities_with_counts_per_outlet() {
    let analysis = bundled_analysis();
    let app = mount("view=entities").await;
    let rows = app.all("[data-testid=entity-table] tbody tr");
    assert_eq!(rows.len(), analysis.entities.len());
    for (row, entity) in rows.iter().zip(&analysis.entities) {
        assert!(row.text_content().unwrap().contains(&entity.name));
        let counts: Vec<usize> = row
            .query_selector_all("[data-count]")
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i))
                    .filter_map(|n| n.dyn_into::<Element>().ok())
                    .map(|e| e.get_attribute("data-count").unwrap().parse().unwrap())
                    .collect()
            })
            .unwrap();
        assert_eq!(counts, entity.per_article);
    }
    // "Show in text" opens the reader in entity mode with it selected.
    app.click("[data-testid=open-e2]").await;
    assert_eq!(app.count("[data-testid=entity-legend]"), 1);
    assert_eq!(
        app.count("article [data-entity=e2][data-selected=true]"),
        analysis.entities[1].mentions.len()
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn numbers_page_flags_conflicts_and_opens_values() {
    let analysis = bundled_analysis();
    let app = mount("view=numbers").await;
    let rows = app.all("[data-testid=numbers-table] tbody tr");
    assert_eq!(rows.len(), analysis.measures.len());
    let conflicting = analysis
        .measures
        .iter()
        .filter(|m| m.verdict == Some(parallax::analysis::quantities::Verdict::Conflicting))
        .count();
    assert!(conflicting > 0, "the bundled story has disagreeing numbers");
    assert_eq!(app.count("tr[data-verdict=conflicting]"), conflicting);
    // Every conflict says so in words, not only by color.
    for row in app.all("tr[data-verdict=conflicting]") {
        assert!(row.text_content().unwrap().contains("Conflict"));
    }
    app.click("[data-testid=conflicts-only]").await;
    assert_eq!(
        app.count("[data-testid=numbers-table] tbody tr"),
        conflicting
    );
    assert!(current_hash().contains("numbers=conflicts"));
    // A value opens its sentence in the reader, its claim in focus.
    let button = app.one("[data-testid=numbers-table] .value-button");
    let n: usize = button.get_attribute("data-testid").unwrap()["value-n".len()..]
        .parse()
        .unwrap();
    let quantity = &analysis.quantities[n - 1];
    button.unchecked_into::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let focused = app.all("article [data-focused=true]");
    assert!(!focused.is_empty());
    let slug = &analysis.articles[quantity.article].source.slug;
    assert!(app
        .all(&format!("[data-testid=column-{slug}] [data-focused=true]"))
        .iter()
        .any(|el| el.text_content().unwrap().contains(
            quantity
                .span
                .slice(analysis.articles[quantity.article].text())
        )));
    app.unmount();
}

#[wasm_bindgen_test]
async fn quotes_page_shows_speakers_outlets_and_wording_differences() {
    let analysis = bundled_analysis();
    let app = mount("view=quotes").await;
    let groups = app.all("[data-testid=quote-list] > li");
    assert_eq!(groups.len(), analysis.quotes.groups.len());
    assert!(!groups.is_empty(), "the bundled story quotes people");
    assert_eq!(
        app.count("[data-testid=quote-list] [data-quote]"),
        analysis.quotes.quotes.len()
    );
    // A named speaker is shown with each quote that has one.
    for quote in &analysis.quotes.quotes {
        let item = app.one(&format!("[data-quote=q{}]", quote.id + 1));
        match &quote.speaker {
            Some(s) => assert_eq!(
                item.get_attribute("data-speaker").as_deref(),
                Some(s.name.as_str())
            ),
            None => assert!(item.text_content().unwrap().contains("speaker not named")),
        }
    }
    // Differences in wording are marked by element, not by color alone.
    let differing = analysis
        .quotes
        .groups
        .iter()
        .flat_map(|g| &g.diffs)
        .filter(|d| !d.is_same())
        .count();
    assert_eq!(app.count("[data-testid=quote-variant]"), differing);
    if differing > 0 {
        assert!(app.count("[data-testid=quote-variant] ins, [data-testid=quote-variant] del") > 0);
    }
    assert_eq!(
        app.count("[data-testid=source-table] tbody tr") > 0,
        !analysis.quotes.sources.is_empty()
    );
    assert!(app.count("[data-testid=speaker-table] tbody tr") > 0);
    app.unmount();
}

/// Renders `word_diff` for two wordings of one quotation in a component of
/// its own, since the bundled outlets happen to quote each other verbatim.
#[yew::component]
fn TwoWordings() -> yew::Html {
    use parallax::analysis::{analyze, ArticleSource};
    let a = analyze(
        "t",
        vec![
            ArticleSource::from_text(
                "A",
                "“We received a message back from them that he didn’t want to,” Nix said.",
            ),
            ArticleSource::from_text(
                "B",
                "“We got a message back from them saying he didn’t want to,” Nix said.",
            ),
        ],
    );
    let group = &a.quotes.groups[0];
    assert_eq!(group.quotes.len(), 2, "the two wordings are one quotation");
    parallax::ui::views::word_diff::word_diff(&a, 0, 1, &group.diffs[0].ops)
}

#[wasm_bindgen_test]
async fn word_diff_marks_left_out_and_added_words_by_element() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<TwoWordings>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let text = |sel: &str| -> Vec<String> {
        let list = root.query_selector_all(sel).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.text_content().unwrap())
            .collect()
    };
    // Screen readers hear what changed; sighted readers see strike-through
    // and underline (tested end to end), never color alone.
    assert_eq!(
        text("del[data-diff=deleted]"),
        ["[left out: received]", "[left out: that]"]
    );
    assert_eq!(
        text("ins[data-diff=inserted]"),
        ["[added: got]", "[added: saying]"]
    );
    let whole = root.text_content().unwrap();
    assert!(whole.contains("a message back from them"), "{whole}");
    handle.destroy();
    root.remove();
}
