//! The row of outlet chips, plus "show all".

use std::rc::Rc;

use yew::prelude::*;

use super::outlet_chip::{outlet_chip, OutletChipProps};
use crate::analysis::Analysis;
use crate::state::pieces::visible_matches;
use crate::state::Action;
use crate::ui::context::Matches;

pub struct OutletBarProps {
    pub hidden: Rc<Vec<String>>,
    pub matches: Matches,
    pub query_active: bool,
    pub hide_boilerplate: bool,
    pub on_action: Callback<Action>,
}

pub fn outlet_bar(analysis: &Analysis, props: &OutletBarProps) -> Html {
    let show_all = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::ShowAll))
    };
    let chips = analysis
        .articles
        .iter()
        .map(|article| {
            let count = props.query_active.then(|| {
                visible_matches(
                    article,
                    &props.matches.0[article.index],
                    props.hide_boilerplate,
                )
            });
            outlet_chip(
                analysis,
                &OutletChipProps {
                    index: article.index,
                    visible: !props.hidden.contains(&article.source.slug),
                    count,
                    on_action: props.on_action.clone(),
                },
            )
        })
        .collect::<Html>();
    html! {
        <div class="outlet-bar" role="group" aria-label="Outlets: show or hide each column">
            <ul class="chips" data-testid="outlet-chips">{ chips }</ul>
            <button
                type="button"
                class="show-all"
                data-testid="show-all"
                disabled={props.hidden.is_empty()}
                onclick={show_all}
            >{ "Show all" }</button>
        </div>
    }
}
