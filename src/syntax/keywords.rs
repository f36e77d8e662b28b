//! The keywords of the language: one table, from which the item and property
//! keyword lists, the key of each property rule and the keyword of each rule
//! are derived.

use super::grammar::Rule;

/// Declares the keyword table and derives its lists and lookups.
///
/// `items` start a top-level item, `nested` start an item inside a block,
/// `properties` name a property (with the property rules they begin),
/// `item_properties` are item keywords that also begin a property inside a
/// block (`party` in `notices`), and `words` connect values inside a property.
macro_rules! keywords {
    (
        items { $($item:ident = $item_word:literal,)* }
        nested { $($nested:ident = $nested_word:literal,)* }
        properties { $($key:ident = $key_word:literal => $($property:ident),+;)* }
        item_properties { $($item_key:ident = $item_key_word:literal => $item_property:ident;)* }
        words { $($word:ident = $word_text:literal,)* }
    ) => {
        /// The keywords that start a top-level item, in the grammar's order.
        pub const ITEM_KEYWORDS: &[&str] = &[$($item_word),*];

        /// Every keyword that can name a property, in the grammar's order, and
        /// `contribution` for an investment line.
        pub const PROPERTY_KEYWORDS: &[&str] = &[$($key_word,)* "contribution"];

        /// The key a property keyword stands for (`Rule::k_short_title` is `short-title`).
        #[must_use]
        pub fn key_of(rule: Rule) -> &'static str {
            match rule {
                $(Rule::$key => $key_word,)*
                $(Rule::$item_key => $item_key_word,)*
                _ => "?",
            }
        }

        /// Whether a rule is a property rule (`p_*` or an investment line).
        #[must_use]
        pub fn is_property(rule: Rule) -> bool {
            matches!(rule, Rule::contribution $($(| Rule::$property)+)* $(| Rule::$item_property)*)
        }

        /// The keyword a keyword rule (`k_*`) or a property rule (`p_*`) stands for.
        #[must_use]
        pub fn keyword_of(rule: Rule) -> Option<&'static str> {
            Some(match rule {
                $(Rule::$item => $item_word,)*
                $(Rule::$nested => $nested_word,)*
                $(Rule::$key $(| Rule::$property)+ => $key_word,)*
                $(Rule::$item_property => $item_key_word,)*
                $(Rule::$word => $word_text,)*
                _ => return None,
            })
        }
    };
}

keywords! {
    items {
        k_covenant = "covenant",
        k_party = "party",
        k_recital = "recital",
        k_define = "define",
        k_ambition = "ambition",
        k_goal = "goal",
        k_deliverable = "deliverable",
        k_investment = "investment",
        k_asset = "asset",
        k_risk = "risk",
        k_governance = "governance",
        k_accountability = "accountability",
        k_agenda = "agenda",
        k_disputes = "disputes",
        k_termination = "termination",
        k_amendment = "amendment",
        k_accession = "accession",
        k_clause = "clause",
        k_legal_framework = "legal-framework",
        k_import = "import",
        k_group = "group",
        k_external = "external",
        k_entity = "entity",
        k_scope = "scope",
        k_annex = "annex",
        // Building blocks (issue 14).
        k_notices = "notices",
        k_liability = "liability",
        k_force_majeure = "force-majeure",
        k_penalty = "penalty",
        // Aanwijzingen voor convenanten (issue 13)
        k_confidentiality = "confidentiality",
        k_compliance = "compliance",
    }
    nested {
        k_representative = "representative",
        k_body = "body",
        k_report = "report",
        k_evaluation = "evaluation",
        k_theme = "theme",
    }
    properties {
        k_short_title = "short-title" => p_short_title;
        k_reference = "reference" => p_reference;
        k_version = "version" => p_version;
        k_language = "language" => p_language;
        k_function = "function" => p_function;
        k_effective = "effective" => p_effective;
        k_expires = "expires" => p_expires;
        k_renewal = "renewal" => p_renewal;
        k_enforceable = "enforceable" => p_enforceable, p_deliverable_enforceable;
        k_governing_law = "governing-law" => p_governing_law;
        k_publication = "publication" => p_publication;
        k_signed_at = "signed-at" => p_signed_at;
        k_sector = "sector" => p_sector;
        k_role = "role" => p_role;
        k_legal_form = "legal-form" => p_legal_form;
        k_seat = "seat" => p_seat;
        k_registration = "registration" => p_registration;
        k_selected_by = "selected-by" => p_selected_by;
        k_capacity = "capacity" => p_capacity;
        k_mandate = "mandate" => p_mandate;
        k_signed_on = "signed-on" => p_signed_on;
        k_legislation = "legislation" => p_legislation;
        k_procurement = "procurement" => p_procurement;
        k_competition = "competition" => p_competition;
        k_state_aid = "state-aid" => p_state_aid;
        k_third_parties = "third-parties" => p_third_parties;
        k_statement = "statement" => p_statement;
        k_endorsed_by = "endorsed-by" => p_endorsed_by;
        k_indicator = "indicator" => p_indicator;
        k_baseline = "baseline" => p_baseline;
        k_target = "target" => p_target;
        k_owner = "owner" => p_owner;
        k_by = "by" => p_by, p_evaluator;
        k_serves = "serves" => p_serves;
        k_due = "due" => p_due;
        k_obligation = "obligation" => p_obligation;
        k_acceptance = "acceptance" => p_acceptance;
        k_description = "description" => p_description;
        k_total = "total" => p_total;
        k_kind = "kind" => p_kind, p_document_kind;
        k_owners = "owners" => p_owners;
        k_operator = "operator" => p_operator;
        k_revenue = "revenue" => p_revenue;
        k_handback = "handback" => p_handback;
        k_category = "category" => p_category;
        k_likelihood = "likelihood" => p_likelihood;
        k_impact = "impact" => p_impact;
        k_bearers = "bearers" => p_bearers;
        k_cap = "cap" => p_cap;
        k_response = "response" => p_response;
        k_mitigation = "mitigation" => p_mitigation;
        k_cause = "cause" => p_cause;
        k_effect = "effect" => p_effect;
        k_members = "members" => p_members;
        k_chair = "chair" => p_chair;
        k_meets = "meets" => p_meets;
        k_decides = "decides" => p_decides;
        k_decided_by = "decided-by" => p_decided_by;
        k_meeting_place = "meeting-place" => p_meeting_place;
        k_escalation = "escalation" => p_escalation;
        k_to = "to" => p_to;
        k_frequency = "frequency" => p_frequency;
        k_on = "on" => p_on;
        k_lead = "lead" => p_lead;
        k_public = "public" => p_public;
        k_consultation = "consultation" => p_consultation;
        k_mediation = "mediation" => p_mediation;
        k_arbitration = "arbitration" => p_arbitration;
        k_court = "court" => p_court;
        k_notice = "notice" => p_notice;
        k_grounds = "grounds" => p_grounds;
        k_consequences = "consequences" => p_consequences;
        k_after = "after" => p_after;
        k_supersedes = "supersedes" => p_supersedes;
        k_amends = "amends" => p_amends;
        k_authentic = "authentic" => p_authentic;
        k_acting_for = "acting-for" => p_acting_for;
        k_part_of = "part-of" => p_part_of;
        k_consulted = "consulted" => p_consulted;
        k_shareholders = "shareholders" => p_shareholders;
        k_purpose = "purpose" => p_purpose;
        k_covers = "covers" => p_covers;
        k_excludes = "excludes" => p_excludes;
        k_document = "document" => p_document;
        k_mitigates = "mitigates" => p_mitigates;
        k_during = "during" => p_during;
        k_with = "with" => p_with;
        k_of = "of" => p_of;
        k_above_cap = "above-cap" => p_above_cap;
        k_observers = "observers" => p_observers;
        // Building blocks (issue 14).
        k_condition = "condition" => p_condition;
        k_originals = "originals" => p_originals;
        k_short_name = "short-name" => p_short_name;
        k_payment = "payment" => p_payment;
        k_indexation = "indexation" => p_indexation;
        // Aanwijzingen voor convenanten (issue 13)
        k_tier = "tier" => p_tier;
        k_in = "in" => p_in;
        k_extent = "extent" => p_extent;
        k_within = "within" => p_within;
        k_inspection = "inspection" => p_inspection;
        k_open_to = "open-to" => p_open_to;
        k_approved_by = "approved-by" => p_approved_by;
        k_conditions = "conditions" => p_conditions;
        k_announced = "announced" => p_announced;
        k_procedure = "procedure" => p_procedure;
        k_unforeseen = "unforeseen" => p_unforeseen;
        k_deviation = "deviation" => p_deviation;
        k_published = "published" => p_published;
        k_subject_to = "subject-to" => p_subject_to;
        k_basis = "basis" => p_basis;
        k_powers = "powers" => p_powers;
        k_reservation = "reservation" => p_reservation;
        k_notification = "notification" => p_notification;
        k_implements = "implements" => p_implements;
        k_instrument = "instrument" => p_instrument;
        k_manner = "manner" => p_manner;
        k_legal_review = "legal-review" => p_legal_review;
        k_legislative = "legislative" => p_legislative;
        k_remedy = "remedy" => p_remedy;
        k_milestone = "milestone" => p_milestone;
        k_follow_up = "follow-up" => p_follow_up;
        k_competence = "competence" => p_competence;
    }
    item_properties {
        k_party = "party" => p_notify;
        k_penalty = "penalty" => p_penalty;
    }
    words {
        k_from = "from",
        k_until = "until",
        k_then = "then",
        k_upon = "upon",
        k_tacit = "tacit",
        k_share = "share",
        // Building blocks (issue 14).
        k_contact = "contact",
        k_email = "email",
        k_address = "address",
    }
}

/// Whether `line` starts (at its first byte) with a top-level item keyword.
#[must_use]
pub fn starts_item(line: &str) -> bool {
    let word_len = line
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))
        .unwrap_or(line.len());
    let word = &line[..word_len];
    !word.is_empty() && ITEM_KEYWORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_keyword_rule_of_the_grammar_is_in_the_table() {
        for rule in Rule::all_rules() {
            let name = format!("{rule:?}");
            if let Some(stem) = name.strip_prefix("k_") {
                assert_eq!(
                    keyword_of(*rule),
                    Some(stem.replace('_', "-").as_str()),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn every_property_rule_is_a_property_with_a_key() {
        for rule in Rule::all_rules() {
            if format!("{rule:?}").starts_with("p_") {
                assert!(is_property(*rule), "{rule:?}");
                assert!(keyword_of(*rule).is_some(), "{rule:?}");
            }
        }
    }

    #[test]
    fn every_property_keyword_is_the_key_of_its_rule() {
        for key in PROPERTY_KEYWORDS.iter().filter(|k| **k != "contribution") {
            let name = format!("k_{}", key.replace('-', "_"));
            let rule = Rule::all_rules().iter().find(|r| format!("{r:?}") == name);
            assert_eq!(rule.map(|r| key_of(*r)), Some(*key), "{name}");
        }
    }
}
