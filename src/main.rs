//! The `covenant` command.

fn main() -> std::process::ExitCode {
    covenant::cli::run()
}
