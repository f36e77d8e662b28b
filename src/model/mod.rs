//! The typed agreement and how it is built from the syntax tree.

pub mod agreement;
pub mod date;
pub mod decimal;
pub mod enforceability;
pub mod index;
pub mod invisible;
pub mod load;
pub mod lower;
pub mod money;
pub mod procedures;
pub mod provisions;
pub mod quantity;
mod query;
pub mod references;
mod texts;
pub use crate::syntax::words;

pub use agreement::*;
pub use date::Date;
pub use decimal::Decimal;
pub use load::{Loaded, OpenText, ReadError, load, load_text, load_text_with, load_within};
pub use money::Money;
pub use procedures::{Accession, Amendment, Confidentiality, Publication};
pub use provisions::{Liability, NoticeAddress, Notices};
pub use quantity::{Duration, Frequency, Percent, Quantity};
