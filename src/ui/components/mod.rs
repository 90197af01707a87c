//! One component per file. Components read the shared analysis from
//! context, take cheap props (indices, `Rc`s, `AttrValue`s) and report user
//! intent through `on_action` callbacks carrying a pure `Action`.

mod article_column;
mod import_panel;
mod sentence_view;

pub use article_column::ArticleColumn;
pub use import_panel::ImportPanel;
pub use sentence_view::SentenceView;

/// Shape glyphs that pair with the outlet colors, so an outlet is never told
/// apart by color alone. Indexed like the CSS `data-slot` palette.
pub const OUTLET_GLYPHS: [&str; 8] = ["●", "■", "▲", "◆", "★", "✚", "⬟", "⬢"];

/// The palette slot (0..8) of the article at `index`.
pub fn outlet_slot(index: usize) -> usize {
    index % OUTLET_GLYPHS.len()
}
