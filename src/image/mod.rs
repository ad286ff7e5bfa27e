//! Images: registries (oci-client, the only async code), manifests and configs, layer tar
//! streams, and pulling an image into the store. Image names are `crate::reference`.

pub mod archive;
pub mod layer;
pub mod list;
pub mod manifest;
pub mod pull;
pub mod push;
pub mod registry;
pub mod transport;
pub mod write;
