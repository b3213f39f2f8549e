//! The healing diagram's clock: what keeps a playing scene's frames going
//! while it can be seen, and stops them for good when it goes.
//!
//! The frames themselves never pass through Yew: the scene (`app::diagram::
//! live`) runs its own `requestAnimationFrame` clock (`platform::frame`) and
//! writes only the attributes that moved. This hook owns the browser
//! resources around that clock: the binding to the nodes each render made,
//! the reduced-motion listener, the page-visibility listener and the
//! viewport observer, and a guard that stops the frames on unmount.

use web_sys::Element;
use yew::prelude::*;

use crate::core::playback::PlaybackAction;
use crate::platform::motion;
use crate::platform::visibility::{InView, PageVisibility};

/// A scene that plays outside the Yew tree.
pub trait Playing: Clone + 'static {
    /// Applies a visitor's or the browser's action; the scene starts or
    /// stops its own frame clock as the playback needs.
    fn act(&self, action: PlaybackAction);
    /// Stops the frames and lets go of the nodes: the scene is leaving.
    fn stop(&self);
}

/// Stops a scene's frames when dropped.
struct Running<P: Playing>(P);

impl<P: Playing> Drop for Running<P> {
    fn drop(&mut self) {
        self.0.stop();
    }
}

/// Runs `scene`'s clock while its component is mounted:
///
/// - after every render, `bind` hands the scene the nodes just rendered
///   under `figure` (Yew may have replaced them, and never writes what the
///   frames paint);
/// - the reduced-motion preference is followed as it changes, unless
///   `forced` decides it;
/// - the playback pauses when `stage` leaves the viewport or the page is
///   hidden, so nobody misses a phase they could not see;
/// - unmounting stops the frames.
#[hook]
pub fn use_healing_clock<P, B>(scene: P, figure: NodeRef, stage: NodeRef, forced: Option<bool>, bind: B)
where
    P: Playing,
    B: FnOnce(&Element) + 'static,
{
    use_effect(move || {
        if let Some(el) = figure.cast::<Element>() {
            bind(&el);
        }
        || ()
    });
    {
        let scene = scene.clone();
        use_effect_with((), move |_| {
            let running = Running(scene);
            move || drop(running)
        });
    }
    {
        let scene = scene.clone();
        use_effect_with(forced, move |forced| {
            let guard = match forced {
                Some(on) => {
                    scene.act(PlaybackAction::SetReducedMotion(*on));
                    None
                }
                None => motion::on_change(move |on| scene.act(PlaybackAction::SetReducedMotion(on))),
            };
            move || drop(guard)
        });
    }
    use_effect_with((), move |_| {
        let pause = scene.clone();
        let in_view = stage.cast::<Element>().and_then(|el| {
            InView::observe(&el, move |visible| {
                if !visible {
                    pause.act(PlaybackAction::Pause);
                }
            })
        });
        let page = PageVisibility::new(move |hidden| {
            if hidden {
                scene.act(PlaybackAction::Pause);
            }
        });
        move || drop((in_view, page))
    });
}
