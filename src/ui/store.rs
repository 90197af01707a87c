//! The root reducer: the pure `ViewState` plus the outlet slugs it needs to
//! validate actions. Returns the same `Rc` when an action changes nothing, so
//! Yew skips the re-render.

use std::rc::Rc;

use yew::Reducible;

use crate::state::{Action, ViewState};

#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    pub slugs: Rc<[String]>,
    pub view: ViewState,
}

impl Store {
    pub fn slug_refs(&self) -> Vec<&str> {
        self.slugs.iter().map(String::as_str).collect()
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut view = self.view.clone();
        if view.apply(action, &self.slug_refs()) {
            Rc::new(Store {
                slugs: self.slugs.clone(),
                view,
            })
        } else {
            self
        }
    }
}
