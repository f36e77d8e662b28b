//! The fonts, bundled in the binary (typst-assets): no system fonts are read.

use std::sync::LazyLock;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

/// The bundled fonts and the book that indexes them, loaded once per process.
pub(crate) struct Fonts {
    /// Metadata of every font, for font selection.
    pub book: LazyHash<FontBook>,
    /// The fonts, in the book's order.
    pub fonts: Vec<Font>,
}

/// The fonts of every PDF: Libertinus Serif for text, DejaVu Sans Mono, New Computer Modern.
pub(crate) static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_font_is_bundled() {
        assert!(FONTS.book.contains_family("libertinus serif"));
        assert!(FONTS.fonts.len() >= 4);
    }
}
