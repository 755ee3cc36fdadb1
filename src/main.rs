//! The `uncite` command line: parse flags, run, map errors to ripgrep's exit codes.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = <cli::Args as clap::Parser>::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("uncite: {e}");
            ExitCode::from(2)
        }
    }
}
