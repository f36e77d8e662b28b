//! Exact decimal numbers as written in an agreement.

use std::fmt;

/// A non-negative decimal number kept exactly: `units / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// The digits as an integer.
    pub units: u128,
    /// How many of the digits are decimals.
    pub scale: u8,
}

impl Decimal {
    /// Parses digits with optional `_` separators and one optional `.`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        let mut units: u128 = 0;
        let mut scale: Option<u8> = None;
        let mut any = false;
        for c in text.chars() {
            match c {
                '_' => {}
                '.' if scale.is_none() => scale = Some(0),
                '0'..='9' => {
                    units = units
                        .checked_mul(10)?
                        .checked_add(u128::from(c as u8 - b'0'))?;
                    any = true;
                    if let Some(s) = scale.as_mut() {
                        *s = s.checked_add(1)?;
                    }
                }
                _ => return None,
            }
        }
        any.then_some(Self {
            units,
            scale: scale.unwrap_or(0),
        })
    }

    /// The value scaled to `scale` decimals, if that loses no digits.
    #[must_use]
    pub fn rescale(self, scale: u8) -> Option<u128> {
        if self.scale <= scale {
            self.units
                .checked_mul(10u128.checked_pow(u32::from(scale - self.scale))?)
        } else {
            let divisor = 10u128.checked_pow(u32::from(self.scale - scale))?;
            self.units
                .is_multiple_of(divisor)
                .then_some(self.units / divisor)
        }
    }

    /// The integer part and the decimals (without trailing zeros) as digit strings.
    #[must_use]
    pub fn parts(self) -> (String, String) {
        let text = self.units.to_string();
        let scale = usize::from(self.scale);
        let padded = if text.len() <= scale {
            format!("{}{text}", "0".repeat(scale + 1 - text.len()))
        } else {
            text
        };
        let (int, frac) = padded.split_at(padded.len() - scale);
        (int.to_string(), frac.trim_end_matches('0').to_string())
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (int, frac) = self.parts();
        if frac.is_empty() {
            f.write_str(&int)
        } else {
            write!(f, "{int}.{frac}")
        }
    }
}

impl serde::Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn underscores_and_decimals() {
        let d = Decimal::parse("1_500.50").unwrap_or_else(|| unreachable!());
        assert_eq!((d.units, d.scale), (150_050, 2));
        assert_eq!(d.to_string(), "1500.5");
        assert_eq!(d.rescale(2), Some(150_050));
        assert_eq!(d.rescale(0), None);
    }

    #[test]
    fn small_fractions_keep_leading_zeros() {
        let d = Decimal::parse("0.05").unwrap_or_else(|| unreachable!());
        assert_eq!(d.parts(), ("0".to_string(), "05".to_string()));
    }
}
