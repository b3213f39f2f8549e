//! The build step's CSS minifier (`build/minify.rs`), tested natively; its
//! tests live beside it.

#[path = "../build/minify.rs"]
mod minify;
