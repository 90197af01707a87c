//! The root reducer: the analysis being shown, the pure `ViewState`, and
//! what the state is checked against (the outlets and claims of that
//! analysis). Returns the same `Rc` when an action changes nothing, so Yew
//! skips the re-render. A new analysis and the view state re-checked against
//! it arrive in one step, so no render sees one without the other.

use std::rc::Rc;

use yew::Reducible;

use crate::analysis::Analysis;
use crate::state::{Action, Known, ViewState};

#[derive(Clone, Debug)]
pub struct Store {
    pub analysis: Rc<Analysis>,
    pub known: Rc<Known>,
    pub view: ViewState,
}

pub enum Msg {
    View(Action),
    /// A new set of articles was analysed.
    Analysis(Rc<Analysis>),
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis) && self.view == other.view
    }
}

fn known(analysis: &Analysis) -> Known {
    Known {
        slugs: analysis.slugs().iter().map(|s| s.to_string()).collect(),
        claims: analysis.claims.claims.len(),
        entities: analysis.entities.len(),
    }
}

impl Store {
    /// The store for `analysis` with the view a URL hash asks for, and the
    /// hash keys that could not be read.
    pub fn new(analysis: Rc<Analysis>, hash: &str) -> (Store, Vec<String>) {
        let known = Rc::new(known(&analysis));
        let (view, unreadable) = ViewState::from_hash(hash, &known);
        (
            Store {
                analysis,
                known,
                view,
            },
            unreadable,
        )
    }
}

impl Reducible for Store {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        match msg {
            Msg::View(action) => {
                let mut view = self.view.clone();
                if view.apply(action, &self.known) {
                    Rc::new(Store {
                        analysis: self.analysis.clone(),
                        known: self.known.clone(),
                        view,
                    })
                } else {
                    self
                }
            }
            // What still applies of the view carries over: outlets hidden or
            // a claim picked that the new set lacks fall back to defaults.
            Msg::Analysis(analysis) => {
                let hash = self.view.to_hash(&self.known);
                Rc::new(Store::new(analysis, &hash).0)
            }
        }
    }
}
