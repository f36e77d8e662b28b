//! Closed sets of words: sector, role, function, obligation and the like.

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
