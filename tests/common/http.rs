//! The host's side of a published port: a free loopback port, and a plain HTTP/1.0 GET of
//! the page a busybox httpd in a container serves.

use super::wait_until;
use std::io::{Read, Write};
use std::time::Duration;

/// A TCP port of 127.0.0.1 that nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The answer to `GET /index.html` on 127.0.0.1:`port` when it is a 200; None when nothing
/// answers, or the connection closes without one.
pub fn http_get(port: u16) -> Option<String> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    s.write_all(b"GET /index.html HTTP/1.0\r\n\r\n").ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    Some(out).filter(|o| o.contains("200 OK"))
}

/// The page on `port`, asked again until the server in the container answers (10 s at most).
/// The port forwarder accepts before the server in the container listens, and then closes the
/// connection without a byte (as podman's rootlessport does): no 200 means "not yet".
pub fn http_get_soon(port: u16) -> String {
    wait_until(
        &format!("an answer on port {port}"),
        Duration::from_secs(10),
        || http_get(port).ok_or("no answer"),
    )
}
