//! The root reducer: the pure `ViewState` plus what it is checked against
//! (the outlets and claims of the analysis). Returns the same `Rc` when an
//! action changes nothing, so Yew skips the re-render.

use std::rc::Rc;

use yew::Reducible;

use crate::state::{Action, Known, ViewState};

#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    pub known: Rc<Known>,
    pub view: ViewState,
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut view = self.view.clone();
        if view.apply(action, &self.known) {
            Rc::new(Store {
                known: self.known.clone(),
                view,
            })
        } else {
            self
        }
    }
}
