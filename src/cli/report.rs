//! Reporting errors to the user: the one place that knows the error types of every module, so
//! that it can find their hints (`error` itself is a leaf and knows none of them).

use crate::error::{self, ExitStatus, Hint};

/// The hint of one error of a chain, for the error types of the modules below cli.
pub fn hint_of(cause: &(dyn std::error::Error + 'static)) -> Option<String> {
    use crate::image::pull::PullError;
    if let Some(e) = cause.downcast_ref::<crate::userns::UsernsError>() {
        e.hint()
    } else if let Some(e) = cause.downcast_ref::<crate::storage::StoreError>() {
        e.hint()
    } else if let Some(e) = cause.downcast_ref::<crate::network::NetError>() {
        e.hint()
    } else if let Some(e) = cause.downcast_ref::<crate::network::records::RecordError>() {
        e.hint()
    } else if let Some(e) = cause.downcast_ref::<crate::image::registry::RegistryError>() {
        e.hint()
    } else if let Some(e) = cause.downcast_ref::<crate::image::push::PushError>() {
        e.hint()
    } else if let Some(e) = cause.downcast_ref::<crate::storage::secrets::SecretError>() {
        e.hint()
    } else {
        // PullError wraps these transparently: they are not in the chain themselves
        match cause.downcast_ref::<PullError>() {
            Some(PullError::Registry(e)) => e.hint(),
            Some(PullError::Store(e)) => e.hint(),
            _ => None,
        }
    }
}

/// Let `error::render` find the modules' hints, wherever in the program it is called (the
/// container monitor renders too). `main` calls it first.
pub fn install() {
    error::set_hint_finder(hint_of);
}

/// Render an error as podman does: `Error: outer: inner: root`, then `hint:` lines.
pub fn render(err: &anyhow::Error) -> String {
    install();
    error::render(err)
}

/// Per-item errors of a command on many containers, as podman reports them: each but the
/// last printed as it is, the last one returned (it sets the exit status).
pub fn all(errors: impl IntoIterator<Item = anyhow::Error>) -> anyhow::Result<ExitStatus> {
    let mut errors = errors.into_iter().peekable();
    while let Some(e) = errors.next() {
        if errors.peek().is_none() {
            return Err(e);
        }
        crate::output::err(&render(&e));
    }
    Ok(ExitStatus::Success)
}

/// The exit status an error asks for (125 unless it says otherwise).
pub fn status_of(err: &anyhow::Error) -> ExitStatus {
    error::status_of(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a terminal shows (the tests' stderr is not one).
    fn render(err: &anyhow::Error) -> String {
        install();
        error::render_with(err, true)
    }

    #[test]
    fn hints_of_every_module_are_rendered() {
        let net = anyhow::Error::new(crate::network::NetError::Missing {
            helper: "pasta",
            package: "passt",
        })
        .context("cannot start the container");
        let r = render(&net);
        assert!(
            r.starts_with("Error: cannot start the container: pasta is not installed"),
            "{r}"
        );
        assert!(r.contains("\nhint: install the passt package"), "{r}");

        let store = anyhow::Error::new(crate::image::pull::PullError::Store(
            crate::storage::StoreError::ImageNotKnown("x".into()),
        ));
        assert!(
            render(&store).contains("\nhint: `berth images` lists the images"),
            "{}",
            render(&store)
        );

        let user = anyhow::Error::new(
            error::UserError::new("no")
                .with_hint("do this")
                .with_status(ExitStatus::NotFound),
        );
        assert_eq!(render(&user), "Error: no\nhint: do this");
        assert_eq!(status_of(&user), ExitStatus::NotFound);
        assert_eq!(status_of(&net), ExitStatus::Error);
    }
}
