//! The Typst world of one document: one generated source, the bundled fonts,
//! no files, no packages, no network and no clock.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::FONTS;

/// The name the generated source goes by in messages.
pub(crate) const MAIN: &str = "covenant.typ";

/// The standard library, built once per process.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// A world holding one Typst source and nothing else.
pub(crate) struct CovenantWorld {
    main: Source,
}

impl CovenantWorld {
    /// A world whose main file is `text`.
    pub(crate) fn new(text: String) -> Self {
        let vpath = VirtualPath::new(MAIN).expect("the main file's name is a valid path");
        let id = FileId::new(RootedPath::new(VirtualRoot::Project, vpath));
        Self {
            main: Source::new(id, text),
        }
    }

    /// The main source.
    pub(crate) fn main_source(&self) -> &Source {
        &self.main
    }
}

impl World for CovenantWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
