//! The analysis, computed once at the root and shared with every component
//! by pointer. Comparing by pointer keeps re-renders cheap: the analysis never
//! changes in place, it is only ever replaced.

use std::ops::Deref;
use std::rc::Rc;

use crate::analysis::Analysis;

#[derive(Clone, Debug)]
pub struct AnalysisContext(pub Rc<Analysis>);

impl PartialEq for AnalysisContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for AnalysisContext {
    type Target = Analysis;

    fn deref(&self) -> &Analysis {
        &self.0
    }
}

/// Search matches per article (by article index), shared by pointer.
#[derive(Clone, Debug, Default)]
pub struct Matches(pub Rc<Vec<Rc<[crate::analysis::Span]>>>);

impl PartialEq for Matches {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// An `Rc` compared by pointer, for hook dependencies on large values that
/// are replaced rather than changed.
pub struct ByPtr<T>(pub Rc<T>);

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
