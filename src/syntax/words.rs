//! Closed sets of words: sector, role, function, obligation and the like.
//!
//! Each set is an enum for the model and, through [`closed_set`], the words the
//! grammar accepts at its rule, from which error messages and completion derive.

use super::grammar::Rule;

/// Defines an enum of words with its written form.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] $variant),+
        }

        impl $name {
            /// Every value, in the order of the language reference.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every value as written, in the order of the language reference.
            pub const WORDS: &'static [&'static str] = &[$($word),+];

            /// The word as written in an agreement.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// The value written as `word`, if any.
            #[must_use]
            pub fn from_word(word: &str) -> Option<Self> {
                match word { $($word => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

word_enum!(
    /// The language of the rendered document.
    Language { /** Dutch. */ Nl = "nl", /** English. */ En = "en" }
);
word_enum!(
    /// What the partnership is for.
    Function {
        /** Strategic alignment. */ Strategic = "strategic",
        /** Operational alignment. */ Operational = "operational",
        /** Joint development. */ Development = "development",
        /** Procurement for a public client. */ Procurement = "procurement",
        /** Joint financing. */ Financing = "financing",
    }
);
word_enum!(
    /// The sector a party belongs to.
    Sector {
        /** Government. */ Public = "public",
        /** Business. */ Private = "private",
        /** Civil society. */ Civil = "civil",
        /** Knowledge institutions. */ Knowledge = "knowledge",
    }
);
word_enum!(
    /// The role a party plays in the partnership.
    Role {
        /** Sets direction. */ Director = "director",
        /** Makes it possible. */ Facilitator = "facilitator",
        /** Brings parties together. */ Connector = "connector",
        /** An equal partner. */ Partner = "partner",
        /** Pays. */ Financier = "financier",
        /** Operates assets. */ Operator = "operator",
        /** Commissions work. */ Client = "client",
        /** Carries out work. */ Contractor = "contractor",
    }
);
word_enum!(
    /// Obligation of result or of best effort.
    Obligation { /** Promises a result. */ Result = "result", /** Promises best effort. */ Effort = "effort" }
);
word_enum!(
    /// The kind of a contribution.
    InvestmentKind {
        /** Money. */ Cash = "cash",
        /** A subsidy. */ Subsidy = "subsidy",
        /** Equity. */ Equity = "equity",
        /** Goods or services. */ InKind = "in-kind",
        /** People. */ Staff = "staff",
        /** A loan. */ Loan = "loan",
        /** A guarantee. */ Guarantee = "guarantee",
        /** A levy. */ Levy = "levy",
    }
);
word_enum!(
    /// The kind of an asset.
    AssetKind {
        /** Networks, roads, pipes. */ Infrastructure = "infrastructure",
        /** Land and buildings. */ RealEstate = "real-estate",
        /** Data. */ Data = "data",
        /** Intellectual property. */ IntellectualProperty = "intellectual-property",
        /** Equipment. */ Equipment = "equipment",
        /** Shares in a company: held, not operated. */ Shares = "shares",
        /** Anything else. */ Other = "other",
    }
);
word_enum!(
    /// The category of a risk.
    Category {
        /** Financial or economic. */ Financial = "financial",
        /** Administrative or political. */ Administrative = "administrative",
        /** Policy. */ Policy = "policy",
        /** Legal. */ Legal = "legal",
        /** Technical. */ Technical = "technical",
        /** Organisational. */ Organisational = "organisational",
        /** Spatial. */ Spatial = "spatial",
        /** Societal. */ Societal = "societal",
        /** Market or demand. */ Market = "market",
        /** Force majeure. */ ForceMajeure = "force-majeure",
    }
);
word_enum!(
    /// Likelihood or impact of a risk.
    Level { /** Low. */ Low = "low", /** Medium. */ Medium = "medium", /** High. */ High = "high" }
);
word_enum!(
    /// How a risk is answered.
    Response {
        /** Avoid it. */ Avoid = "avoid",
        /** Reduce it. */ Reduce = "reduce",
        /** Transfer it. */ Transfer = "transfer",
        /** Share it. */ Share = "share",
        /** Accept it. */ Accept = "accept",
    }
);
word_enum!(
    /// How a body takes decisions.
    DecisionRule {
        /** Every member agrees. */ Unanimity = "unanimity",
        /** No member objects. */ Consensus = "consensus",
        /** Most members agree. */ Majority = "majority",
        /** Votes weighted by ownership. */ Weighted = "weighted",
        /** The chair decides. */ Chair = "chair",
        /** The body advises; a party decides. */ Advisory = "advisory",
    }
);
word_enum!(
    /// What happens when a party leaves.
    Consequence {
        /** The others go on. */ Continue = "continue",
        /** The agreement ends for all. */ Dissolve = "dissolve",
    }
);
word_enum!(
    /// A unit of time.
    TimeUnit { /** Days. */ Day = "day", /** Weeks. */ Week = "week", /** Months. */ Month = "month", /** Years. */ Year = "year" }
);
word_enum!(
    /// What the document calls itself in its boilerplate.
    DocumentKind {
        /** A covenant ("convenant"). */ Covenant = "covenant",
        /** An agreement ("overeenkomst"), the default. */ Agreement = "agreement",
    }
);

// Aanwijzingen voor convenanten (issue 13)
word_enum!(
    /// The level of government of a public party.
    Tier {
        /** Central government: a ministry or an agency of the State. */ National = "national",
        /** A province. */ Provincial = "provincial",
        /** A municipality. */ Municipal = "municipal",
        /** A water board. */ WaterBoard = "water-board",
        /** A body under the Joint Arrangements Act. */ JointBody = "joint-body",
        /** Any other public body. */ Other = "other",
    }
);
word_enum!(
    /// How much of the agreement is published.
    Extent {
        /** The full text. */ Full = "full",
        /** Its essential content only. */ Summary = "summary",
    }
);

word_enum!(
    /// Whether the obligations can be enforced in court.
    Enforceability {
        /** All of them. */ Yes = "yes",
        /** None of them. */ No = "no",
        /** As each deliverable says (`enforceable` in the deliverable). */ Partly = "partly",
    }
);

/// The words the grammar accepts at one rule, and what a person calls them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClosedSet {
    /// What the words are, as in "a sector"; empty where the words speak for themselves.
    pub what: &'static str,
    /// The words, as written.
    pub words: &'static [&'static str],
}

/// Every closed set of the grammar: its rule, what a person calls it, its words.
const CLOSED_SETS: &[(Rule, &str, &[&str])] = &[
    (Rule::yes_no, "", &["yes", "no"]),
    (Rule::never, "", &["never"]),
    (Rule::statutory, "", &["statutory"]),
    (Rule::closed, "", &["closed"]),
    (Rule::up_to, "", &["up-to"]),
    (Rule::term, "", &["term"]),
    (Rule::rotating, "", &["rotating"]),
    (Rule::before_expiry, "", &["before-expiry"]),
    (Rule::language_value, "a language", Language::WORDS),
    (Rule::function_value, "a function", Function::WORDS),
    (Rule::sector_value, "a sector", Sector::WORDS),
    (Rule::role_value, "a role", Role::WORDS),
    (Rule::obligation_value, "an obligation", Obligation::WORDS),
    (
        Rule::investment_kind,
        "a kind of contribution",
        InvestmentKind::WORDS,
    ),
    (Rule::asset_kind, "a kind of asset", AssetKind::WORDS),
    (Rule::category_value, "a risk category", Category::WORDS),
    (Rule::level_value, "", Level::WORDS),
    (Rule::response_value, "a response", Response::WORDS),
    (Rule::decision_value, "a decision rule", DecisionRule::WORDS),
    (Rule::consequence_value, "", Consequence::WORDS),
    (
        Rule::document_kind_value,
        "a document kind",
        DocumentKind::WORDS,
    ),
    (Rule::tier_value, "a tier of government", Tier::WORDS),
    (Rule::extent_value, "an extent", Extent::WORDS),
    (Rule::enforceable_value, "", Enforceability::WORDS),
];

/// The closed set of words a grammar rule accepts, if the rule is one.
#[must_use]
pub fn closed_set(rule: Rule) -> Option<ClosedSet> {
    CLOSED_SETS
        .iter()
        .find(|(r, _, _)| *r == rule)
        .map(|&(_, what, words)| ClosedSet { what, words })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every atomic rule of the grammar made of literal words only (a closed set),
    /// with its words in the grammar's order. Keyword rules (`k_*`) and
    /// punctuation are left out.
    fn grammar_closed_sets() -> Vec<(String, Vec<String>)> {
        let grammar = include_str!("../../grammar/covenant.pest");
        let mut sets = Vec::new();
        for line in grammar.lines() {
            let Some((name, body)) = line.split_once(" = @{ ") else {
                continue;
            };
            let Some(body) = body.strip_suffix(" ~ !ident_char }") else {
                continue;
            };
            if name.starts_with("k_") {
                continue;
            }
            let body = body.trim_start_matches('(').trim_end_matches(')');
            let words: Option<Vec<String>> = body
                .split(" | ")
                .map(|w| {
                    w.strip_prefix('"')
                        .and_then(|w| w.strip_suffix('"'))
                        .map(str::to_string)
                })
                .collect();
            if let Some(words) = words {
                sets.push((name.to_string(), words));
            }
        }
        sets
    }

    #[test]
    fn every_closed_set_of_the_grammar_is_in_the_table_with_its_words() {
        let sets = grammar_closed_sets();
        assert!(sets.len() > 20, "the grammar reader found only {sets:?}");
        for (name, words) in &sets {
            let (_, _, table_words) = CLOSED_SETS
                .iter()
                .find(|(r, _, _)| format!("{r:?}") == *name)
                .unwrap_or_else(|| {
                    panic!("grammar rule {name} is a closed set: add it to CLOSED_SETS")
                });
            assert_eq!(*table_words, words.as_slice(), "the words of {name}");
        }
        for (rule, _, _) in CLOSED_SETS {
            let name = format!("{rule:?}");
            assert!(
                sets.iter().any(|(n, _)| *n == name),
                "{name} is in closed_set but is not a closed set of the grammar"
            );
        }
    }
}
