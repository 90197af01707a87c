//! A small element builder for the larger view functions.
//!
//! `html!` expands every element into inline code that builds its
//! attribute and child lists; a page of tables and charts written with it
//! costs several kilobytes of wasm per view. These few non-generic calls
//! build the same virtual DOM at run time, so each element costs only the
//! call sites. Components and small pieces keep `html!` (see ARCHITECTURE.md,
//! "Size habits").

use std::rc::Rc;

use yew::html::{onchange, onclick};
use yew::prelude::*;
use yew::virtual_dom::{VNode, VTag, VText};

/// An element under construction.
pub struct El(VTag);

/// Starts an element: `el("td").attr("class", "x").text("1").done()`.
#[inline(never)]
pub fn el(tag: &'static str) -> El {
    El(VTag::new(tag))
}

/// Text, never interpreted as markup.
#[inline(never)]
pub fn text(s: impl Into<AttrValue>) -> Html {
    VNode::VText(VText::new(s))
}

impl El {
    #[inline(never)]
    pub fn attr(mut self, key: &'static str, value: impl Into<AttrValue>) -> Self {
        self.0.add_attribute(key, value);
        self
    }

    /// The same as `attr("class", …)`.
    pub fn class(self, value: &'static str) -> Self {
        self.attr("class", value)
    }

    #[inline(never)]
    pub fn child(mut self, child: Html) -> Self {
        self.0.add_child(child);
        self
    }

    pub fn text(self, s: impl Into<AttrValue>) -> Self {
        self.child(text(s))
    }

    #[inline(never)]
    pub fn children(mut self, children: impl IntoIterator<Item = Html>) -> Self {
        self.0.add_children(children);
        self
    }

    #[inline(never)]
    pub fn on_click(mut self, cb: Callback<MouseEvent>) -> Self {
        self.0.add_listener(Rc::new(onclick::Wrapper::new(cb)));
        self
    }

    #[inline(never)]
    pub fn on_change(mut self, cb: Callback<Event>) -> Self {
        self.0.add_listener(Rc::new(onchange::Wrapper::new(cb)));
        self
    }

    /// Sets an input's checked state as a property, as `html!` does.
    pub fn checked(mut self, on: bool) -> Self {
        self.0.set_checked(on);
        self
    }

    #[inline(never)]
    pub fn done(self) -> Html {
        VNode::VTag(Rc::new(self.0))
    }
}
