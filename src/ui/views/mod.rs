//! View functions: the stateless pieces of the page, one per file, each a
//! plain `fn(&Analysis, ..) -> Html`. They are not Yew components on
//! purpose: every component costs its own copy of Yew's lifecycle code in the
//! wasm (about 1.5 KB gzipped each), and a piece with no hooks and cheap
//! markup gains nothing from a component boundary. Components remain where
//! hooks or skipped re-renders pay (see `components`).

pub mod articles_page;
pub mod boilerplate_switch;
pub mod claim_evidence;
pub mod claim_matrix;
pub mod entity_bar;
pub mod entity_panel;
pub mod export_bar;
pub mod focus_panel;
pub mod language_bar;
pub mod legend;
pub mod match_summary;
pub mod numbers_view;
pub mod omission_view;
pub mod outlet_bar;
pub mod outlet_chip;
pub mod outlet_headers;
pub mod outlet_ref;
pub mod page_header;
pub mod pair;
pub mod profiles;
pub mod progress_line;
pub mod quotes_view;
pub mod reader_mode_switch;
pub mod search_box;
pub mod similarity;
pub mod view_tabs;
pub mod word_diff;
