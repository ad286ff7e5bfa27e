//! `berth image tree [--whatrequires] IMAGE`: the engine's tree drawn as podman draws it
//! (gotree: `├── `, `└── `, `│   `), followed by an empty line as podman's Println leaves.

use super::Context;
use crate::engine::image_tree::TreeNode;
use crate::error::ExitStatus;
use crate::output;
use clap::Args;

#[derive(Args, Debug)]
pub struct TreeArgs {
    /// Show all child images and layers of the specified image
    #[arg(long)]
    pub whatrequires: bool,
    /// The image
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

fn items(out: &mut String, nodes: &[TreeNode], spaces: &mut Vec<bool>) {
    for (i, n) in nodes.iter().enumerate() {
        let last = i + 1 == nodes.len();
        let prefix: String = spaces
            .iter()
            .map(|s| if *s { "    " } else { "│   " })
            .collect();
        for (k, line) in n.text.split('\n').enumerate() {
            let indicator = match (k, last) {
                (0, true) => "└── ",
                (0, false) => "├── ",
                (_, true) => "    ",
                (_, false) => "│   ",
            };
            out.push_str(&format!("{prefix}{indicator}{line}\n"));
        }
        if !n.children.is_empty() {
            spaces.push(last);
            items(out, &n.children, spaces);
            spaces.pop();
        }
    }
}

pub fn render(root: &TreeNode) -> String {
    let mut out = format!("{}\n", root.text);
    items(&mut out, &root.children, &mut Vec::new());
    out.push('\n');
    out
}

pub fn run(ctx: &Context, a: TreeArgs) -> anyhow::Result<ExitStatus> {
    let engine = ctx.engine()?;
    let tree = engine.image_tree(&a.image, a.whatrequires)?;
    output::out_raw(&render(&tree));
    Ok(ExitStatus::Success)
}
