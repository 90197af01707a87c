//! The wasm entry point: mounts the Parallax app. All code lives in the library.

fn main() {
    parallax::ui::start();
}
