//! Pure view state: what the user has chosen to see, and how it maps to the
//! URL hash. No web dependency; the Yew layer only dispatches actions and
//! mirrors the hash.

pub mod claim_rows;
pub mod entity_rows;
pub mod hash;
pub mod language_rows;
pub mod library;
pub mod pair_rows;
pub mod particular_rows;
pub mod pieces;
pub mod profile_rows;
pub mod view;

pub use pieces::{sentence_pieces, Mark, Piece};
pub use view::{
    history_mode, Action, HistoryMode, Known, MatrixFilter, Page, ReaderMode, ViewState, Voice,
    DEFAULT_K, MAX_QUERY_CHARS,
};
