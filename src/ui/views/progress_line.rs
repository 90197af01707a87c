//! The progress of an analysis under way, on every page.

use yew::prelude::*;

pub fn progress_line(read: usize, total: usize) -> Html {
    let text = if read < total {
        format!("Reading article {} of {total}…", read + 1)
    } else {
        format!("Comparing {total} articles…")
    };
    html! {
        <div class="progress-line" role="status" data-testid="progress">
            <progress max={total.max(1).to_string()} value={read.to_string()} aria-label="Analysis progress"></progress>
            <span>{ text }</span>
            <span class="help">{ " The page stays usable; the views switch when it is done." }</span>
        </div>
    }
}
