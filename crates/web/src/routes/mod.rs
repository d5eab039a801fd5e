//! Every route, with what it needs. Each area keeps its own table (`routes/<area>.rs`), one
//! row per route: method, path, access, body limit, handler. `ROUTES` merges them; the router
//! is built from it alone, and the tests walk it: each route × role answers as the permission
//! matrix says, another organisation's objects are 404, and every API route is in the
//! OpenAPI document.

use crate::state::AppState;
use crate::{api, html, security};
use axum::Router;
use axum::middleware::from_fn_with_state;
use axum::routing::MethodRouter;
use std::sync::LazyLock;
use tillit_domain::Permission;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Any fully signed-in member of the active organisation (own profile, own tokens).
    Member,
    /// A member whose role has this permission.
    Needs(Permission),
}

/// The largest body a route takes from a caller allowed to use it (anyone unknown is held to
/// `anonymous_max_body_bytes` whatever the route says).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// A form or JSON: the `max_body_bytes` setting.
    Form,
    /// An upload: this many bytes, or `max_body_bytes` if that is larger.
    Upload(usize),
}

/// One row of a route table.
#[derive(Clone, Copy)]
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub access: Access,
    pub body: Body,
    pub handler: fn() -> MethodRouter<AppState>,
}

impl std::fmt::Debug for Route {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {:?} {:?}", self.method, self.path, self.access, self.body)
    }
}

/// `route!(GET "/path", access, handler)` or with a body limit as a fourth part. The
/// method is written once: it names both the row and the handler's method filter.
macro_rules! route {
    ($method:ident $path:literal, $access:expr, $handler:path) => {
        route!($method $path, $access, $handler, Form)
    };
    ($method:ident $path:literal, $access:expr, $handler:path, $body:expr) => {
        $crate::routes::Route {
            method: stringify!($method),
            path: $path,
            access: $access,
            body: $body,
            handler: || axum::routing::on(axum::routing::MethodFilter::$method, $handler),
        }
    };
}
// Declared after the macro, which they use.
mod catalogue;
mod identity;
mod platform;
mod procurement;
mod suppliers;

/// Every area's table, merged.
pub static ROUTES: LazyLock<Vec<Route>> = LazyLock::new(|| {
    [platform::ROUTES, identity::ROUTES, catalogue::ROUTES, procurement::ROUTES, suppliers::ROUTES].concat()
});

/// Builds the router from `ROUTES`.
pub fn router(state: AppState) -> Router {
    let mut r = Router::new();
    for route in ROUTES.iter() {
        r = r.route(route.path, (route.handler)());
    }
    r.route_layer(axum::middleware::from_fn(security::log_request))
        // Body limits are enforced per route and caller in `guard::guard`, before any handler.
        .layer(axum::extract::DefaultBodyLimit::disable())
        .fallback(fallback)
        .layer(from_fn_with_state(state.clone(), security::ensure_pre_cookie))
        .layer(from_fn_with_state(state.clone(), crate::guard::guard))
        .layer(from_fn_with_state(state.clone(), security::headers))
        .with_state(state)
}

/// 404 as JSON under /api, as a page elsewhere.
async fn fallback(uri: axum::http::Uri, page: crate::ctx::Page) -> axum::response::Response {
    use axum::response::IntoResponse;
    if uri.path().starts_with("/api/") {
        api::ApiError(tillit_app::AppError::NotFound).into_response()
    } else {
        html::platform::ops::not_found(page).await
    }
}
