//! TEMPORARY stub until the extractor lands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub site: Option<String>,
    pub date: Option<String>,
    pub text: String,
}
pub fn extract(html: &str) -> Page {
    Page {
        text: html.to_string(),
        ..Page::default()
    }
}
pub fn looks_like_html(text: &str) -> bool {
    text.trim_start().starts_with('<')
}
