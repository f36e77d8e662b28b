//! Turns pest pairs into the syntax tree.

use pest::iterators::Pair;

use super::ast::{Block, Item, ItemKind, Property, Value, ValueKind};
use super::grammar::Rule;
use super::keywords;
use super::text::{dedent, unescape};
use crate::source::{FileId, Span};

/// Builds tree nodes for pairs parsed from the text starting at `offset` in `file`.
pub(super) struct Builder {
    pub file: FileId,
    pub offset: usize,
}

impl Builder {
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let span = pair.as_span();
        Span::new(
            self.file,
            self.offset + span.start(),
            self.offset + span.end(),
        )
    }

    /// The item for an item pair.
    pub fn item(&self, pair: Pair<'_, Rule>) -> Item {
        let span = self.span(&pair);
        let kind = item_kind(pair.as_rule()).unwrap_or(ItemKind::Clause);
        let mut item = Item {
            kind,
            span,
            keyword: span,
            args: Vec::new(),
            block: None,
        };
        let mut block: Option<Block> = None;
        let mut first = true;
        for child in pair.into_inner() {
            let rule = child.as_rule();
            if first {
                first = false;
                item.keyword = self.span(&child);
                continue;
            }
            match rule {
                Rule::lbrace => {
                    block = Some(Block {
                        span: self.span(&child),
                        ..Block::default()
                    });
                }
                Rule::rbrace => {
                    if let Some(b) = block.as_mut() {
                        b.span = b.span.to(self.span(&child));
                    }
                }
                Rule::k_then => {}
                _ if item_kind(rule).is_some() => {
                    let nested = self.item(child);
                    block.get_or_insert_with(Block::default).items.push(nested);
                }
                _ if keywords::is_property(rule) => {
                    let property = self.property(child);
                    block
                        .get_or_insert_with(Block::default)
                        .properties
                        .push(property);
                }
                _ => item.args.push(self.value(child)),
            }
        }
        item.block = block;
        item
    }

    fn property(&self, pair: Pair<'_, Rule>) -> Property {
        let span = self.span(&pair);
        let contribution = pair.as_rule() == Rule::contribution;
        let mut inner = pair.into_inner();
        let mut property = Property {
            key: "contribution",
            key_span: span,
            span,
            values: Vec::new(),
        };
        if !contribution && let Some(keyword) = inner.next() {
            property.key = keywords::key_of(keyword.as_rule());
            property.key_span = self.span(&keyword);
        }
        for child in inner {
            property.values.push(self.value(child));
        }
        if contribution && let Some(party) = property.values.first() {
            property.key_span = party.span;
        }
        property
    }

    fn value(&self, pair: Pair<'_, Rule>) -> Value {
        let span = self.span(&pair);
        let kind = match pair.as_rule() {
            Rule::ident => ValueKind::Ident,
            Rule::string => ValueKind::Str(unescape(string_inner(&pair))),
            Rule::text_block => ValueKind::Text(dedent(text_body(&pair))),
            Rule::number | Rule::integer => ValueKind::Number,
            Rule::money => ValueKind::Money,
            Rule::percent => ValueKind::Percent,
            Rule::date => ValueKind::Date,
            Rule::duration => ValueKind::Duration,
            Rule::frequency => ValueKind::Frequency,
            _ => ValueKind::Word,
        };
        Value { kind, span }
    }
}

fn string_inner<'i>(pair: &Pair<'i, Rule>) -> &'i str {
    pair.clone().into_inner().next().map_or("", |p| p.as_str())
}

fn text_body<'i>(pair: &Pair<'i, Rule>) -> &'i str {
    pair.clone().into_inner().next().map_or("", |p| p.as_str())
}

/// The item kind a rule produces, if it is an item rule.
pub(super) fn item_kind(rule: Rule) -> Option<ItemKind> {
    Some(match rule {
        Rule::covenant => ItemKind::Covenant,
        Rule::party => ItemKind::Party,
        Rule::representative => ItemKind::Representative,
        Rule::group => ItemKind::Group,
        Rule::import => ItemKind::Import,
        Rule::recital => ItemKind::Recital,
        Rule::define => ItemKind::Define,
        Rule::legal_framework => ItemKind::LegalFramework,
        Rule::ambition => ItemKind::Ambition,
        Rule::goal => ItemKind::Goal,
        Rule::deliverable => ItemKind::Deliverable,
        Rule::investment => ItemKind::Investment,
        Rule::asset => ItemKind::Asset,
        Rule::risk => ItemKind::Risk,
        Rule::governance => ItemKind::Governance,
        Rule::body => ItemKind::Body,
        Rule::accountability => ItemKind::Accountability,
        Rule::report => ItemKind::Report,
        Rule::evaluation => ItemKind::Evaluation,
        Rule::agenda => ItemKind::Agenda,
        Rule::theme => ItemKind::Theme,
        Rule::disputes => ItemKind::Disputes,
        Rule::termination => ItemKind::Termination,
        Rule::amendment => ItemKind::Amendment,
        Rule::accession => ItemKind::Accession,
        Rule::clause => ItemKind::Clause,
        Rule::external => ItemKind::External,
        Rule::entity => ItemKind::Entity,
        Rule::scope => ItemKind::Scope,
        Rule::annex => ItemKind::Annex,
        Rule::notices => ItemKind::Notices,
        Rule::liability => ItemKind::Liability,
        Rule::force_majeure => ItemKind::ForceMajeure,
        Rule::penalty => ItemKind::Penalty,
        Rule::publication => ItemKind::Publication,
        Rule::confidentiality => ItemKind::Confidentiality,
        Rule::compliance => ItemKind::Compliance,
        _ => return None,
    })
}
