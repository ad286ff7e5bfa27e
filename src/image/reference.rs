//! STUB: replaced by the real reference parser.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference {
    pub registry: String,
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}
pub enum ParsedName {
    Qualified(Reference),
    Short(ShortName),
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortName {
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}
#[derive(Debug, thiserror::Error)]
#[error("invalid reference format: {0}")]
pub struct ReferenceError(String);
impl Reference {
    pub fn parse(s: &str) -> Result<ParsedName, ReferenceError> {
        let (rest, digest) = match s.split_once('@') {
            Some((a, b)) => (a, Some(b.to_string())),
            None => (s, None),
        };
        let (name, tag) = match rest.rsplit_once(':') {
            Some((a, b)) if !b.contains('/') => (a, Some(b.to_string())),
            _ => (rest, None),
        };
        match name.split_once('/') {
            Some((reg, repo)) if reg.contains('.') || reg.contains(':') || reg == "localhost" => {
                Ok(ParsedName::Qualified(Reference {
                    registry: reg.into(),
                    repository: repo.into(),
                    tag,
                    digest,
                }))
            }
            _ => Ok(ParsedName::Short(ShortName {
                repository: name.into(),
                tag,
                digest,
            })),
        }
    }
    pub fn parse_qualified(s: &str) -> Result<Reference, ReferenceError> {
        match Self::parse(s)? {
            ParsedName::Qualified(r) => Ok(r),
            ParsedName::Short(_) => Err(ReferenceError(s.into())),
        }
    }
    pub fn with_default_tag(mut self) -> Reference {
        if self.tag.is_none() && self.digest.is_none() {
            self.tag = Some("latest".into())
        }
        self
    }
    pub fn name(&self) -> String {
        format!("{}/{}", self.registry, self.repository)
    }
    pub fn tagged_name(&self) -> Option<String> {
        self.tag.as_ref().map(|t| format!("{}:{}", self.name(), t))
    }
}
impl ShortName {
    pub fn qualify(&self, registry: &str) -> Reference {
        Reference {
            registry: registry.into(),
            repository: self.repository.clone(),
            tag: self.tag.clone(),
            digest: self.digest.clone(),
        }
    }
}
impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.name())?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}
pub fn is_image_id_prefix(s: &str) -> bool {
    let s = s.strip_prefix("sha256:").unwrap_or(s);
    (3..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
