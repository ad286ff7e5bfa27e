//! The berth binary: parse, dispatch, exit. This is the only place that exits.

fn main() {
    // a pod's infra container: berth's own pause as its pid 1 (see runtime::init::pause)
    if berth::runtime::init::is_pause() {
        std::process::exit(berth::runtime::init::pause());
    }
    let status = berth::cli::main();
    std::process::exit(status.code());
}
