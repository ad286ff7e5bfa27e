//! The berth binary: parse, dispatch, exit. This is the only place that exits.

fn main() {
    let status = berth::cli::main();
    std::process::exit(status.code());
}
