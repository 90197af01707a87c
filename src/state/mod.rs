//! Pure view state: what the user has chosen to see, and how it maps to the
//! URL hash. No web dependency; the Yew layer only dispatches actions and
//! mirrors the hash.

pub mod hash;
pub mod pieces;
pub mod view;

pub use pieces::{sentence_pieces, Piece};
pub use view::{history_mode, Action, HistoryMode, ViewState, MAX_QUERY_CHARS};
