//! Byte offsets and LSP positions (0-based lines, columns in UTF-16 code units).

use lsp_types::{Position, Range};

use crate::source::floor_char_boundary;

/// Where the lines of a text start, for converting between offsets and positions.
#[derive(Debug, Clone)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the lines of `text`.
    pub(crate) fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { starts }
    }

    /// The position of byte `offset` in `text` (the text this index was made from).
    pub(crate) fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self
            .starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let character = text[start..offset].encode_utf16().count();
        Position::new(to_u32(line), to_u32(character))
    }

    /// The range covering bytes `start..end` of `text`.
    pub(crate) fn range(&self, text: &str, start: usize, end: usize) -> Range {
        Range::new(self.position(text, start), self.position(text, end))
    }

    /// The byte offset of `position` in `text`; a column past the end of its line
    /// stands for the line's end, a line past the end for the end of the text.
    pub(crate) fn offset(&self, text: &str, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return text.len();
        };
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let mut units = 0usize;
        for (i, c) in text[start..line_end].char_indices() {
            if units >= position.character as usize {
                return start + i;
            }
            units += c.len_utf16();
        }
        line_end
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units_after_non_ascii_text() {
        let text = "party a \"Coöperatie\" {\n  note \"€ 5\" x\n}\n";
        let index = LineIndex::new(text);
        let x = text.find(" x").map(|i| i + 1).unwrap_or_default();
        // `  note "€ 5" ` is 13 characters; `€` is one UTF-16 unit but three bytes.
        assert_eq!(index.position(text, x), Position::new(1, 13));
        assert_eq!(index.offset(text, Position::new(1, 13)), x);
        let brace = text.find('{').unwrap_or_default();
        // `ö` is two bytes and one unit.
        assert_eq!(index.position(text, brace), Position::new(0, 21));
        assert_eq!(index.offset(text, Position::new(0, 21)), brace);
    }

    #[test]
    fn characters_outside_the_basic_plane_take_two_units() {
        let text = "a𝄞b";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 5), Position::new(0, 3));
        assert_eq!(index.offset(text, Position::new(0, 3)), 5);
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let text = "ab\ncd";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(text, Position::new(0, 99)), 2);
        assert_eq!(index.offset(text, Position::new(9, 0)), text.len());
        assert_eq!(index.position(text, 99), Position::new(1, 2));
    }
}
